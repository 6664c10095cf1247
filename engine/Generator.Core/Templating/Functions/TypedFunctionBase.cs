using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating.Functions;

/// <summary>
/// What the typed template functions share: converting an argument as Scriban does for an imported
/// method, and saying in Chinese which function wanted what when the argument does not fit (Scriban's
/// own message names .NET types: “Unable to convert type `string` to `Money`”).
/// </summary>
internal abstract class TypedFunctionBase(MethodInfo method) : DynamicCustomFunction(method)
{
    /// <summary>The delegate called (a test checks that it calls <see cref="DynamicCustomFunction.Method"/>).</summary>
    internal abstract Delegate Function { get; }

    /// <summary>
    /// The public static method <paramref name="name"/> of <paramref name="type"/>, looked up by name. Not the
    /// delegate's own <c>Method</c>: in the native executable that first call builds a reverse map of every
    /// method whose address the program takes, about 10 ms of every run's start-up.
    /// </summary>
    public static MethodInfo MethodOf([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException($"{type.Name} has no public static method {name}");

    /// <summary>The name templates call the function by: <c>row_cells</c>.</summary>
    public string Name { get; } = StandardMemberRenamer.Default(method);

    /// <summary>Argument <paramref name="index"/> as a <paramref name="type"/>; an error at that argument when it is none.</summary>
    protected object? Argument(TemplateContext context, ScriptNode? caller, ScriptArray arguments, Type type, int index)
    {
        var value = arguments[index];
        try
        {
            return ConvertArgument(context, caller?.Span ?? context.CurrentSpan, value, type, index);
        }
        catch (ScriptRuntimeException)
        {
            var span = caller is ScriptFunctionCall call && index < call.Arguments.Count ? call.Arguments[index].Span : caller?.Span ?? context.CurrentSpan;
            var given = TemplateValueKinds.Describe(value);
            throw new TemplateException(span, $"`{Name}` 的第 {index + 1} 个参数应是{TemplateValueKinds.NameOf(type)}，这里给的是{given.Name}",
                "函数和它的参数见 docs/templates.md 的“数据”一节；参数之间用空格隔开，不加括号和逗号。");
        }
    }
}
