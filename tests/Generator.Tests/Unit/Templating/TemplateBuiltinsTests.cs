using Generator.Templating;
using Scriban.Runtime;

namespace Generator.Tests.Unit.Templating;

/// <summary>The builtins templates get: exactly the allow-list, each a working Scriban function.</summary>
public sealed class TemplateBuiltinsTests
{
    [Theory]
    [InlineData("array", "add,add_range,compact,concat,cycle,any,each,filter,first,insert_at,join,last,limit,map,offset,remove_at,reverse,size,sort,uniq,contains")]
    [InlineData("math", "abs,ceil,divided_by,floor,format,is_number,minus,modulo,plus,round,times")]
    [InlineData("object", "default,has_key,has_value,keys,size,typeof,kind,values")]
    [InlineData("string", "escape,append,capitalize,capitalizewords,contains,empty,whitespace,downcase,ends_with,equals_ignore_case,handleize,literal,lstrip,pluralize,prepend,remove,remove_first,remove_last,replace,replace_first,rstrip,size,slice,slice1,split,starts_with,strip,strip_newlines,to_int,to_long,to_float,to_double,truncate,truncatewords,upcase,pad_left,pad_right,index_of")]
    public void Each_group_holds_every_allowed_function_and_nothing_else(string group, string names)
    {
        var functions = Assert.IsType<ScriptObject>(TemplateBuiltins.Shared[group]);

        Assert.Equal(names.Split(',').Order(), functions.Keys.Order());
        Assert.All(functions.Keys, name => Assert.IsAssignableFrom<IScriptCustomFunction>(functions[name]));
        Assert.True(functions.IsReadOnly);
    }

    [Fact]
    public void The_top_level_holds_the_groups_include_empty_and_blank_only()
    {
        Assert.Equal(["array", "blank", "empty", "include", "math", "object", "string"], TemplateBuiltins.Shared.Keys.Order());
        Assert.True(TemplateBuiltins.Shared.IsReadOnly);
    }

    [Theory]
    [InlineData("{{ \"a-b\" | string.upcase }}", "A-B")]
    [InlineData("{{ [3, 1, 2] | array.sort | array.join \",\" }}", "1,2,3")]
    [InlineData("{{ 7 | math.divided_by 2 }}", "3")]
    [InlineData("{{ {a: 1} | object.keys | array.size }}", "1")]
    public void The_functions_work_as_in_Scriban(string template, string expected)
    {
        var context = new Scriban.TemplateContext(TemplateBuiltins.Shared);
        Assert.Equal(expected, Scriban.Template.Parse(template).Render(context));
    }
}
