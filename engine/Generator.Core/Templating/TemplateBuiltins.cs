using Scriban;
using Scriban.Runtime;

namespace Generator.Templating;

/// <summary>
/// The Scriban builtins templates may use: an allow-list, so a Scriban upgrade that adds a builtin
/// does not hand it to templates unseen. Left out on purpose: <c>date</c> (<c>date.now</c>) and
/// <c>math.random</c>/<c>math.uuid</c> would make output differ from run to run;
/// <c>object.eval</c>/<c>eval_template</c> run text as template code; <c>regex</c> can backtrack for
/// seconds per call; <c>html</c>, <c>timespan</c>, <c>include_join</c> and the JSON functions are not needed;
/// <c>object.format</c> formats any value by its own .NET <c>ToString</c> (a Scriban object, a date, an internal
/// name), past the check on what may become text (<see cref="TemplateValues"/>), where <c>math.format</c> takes numbers.
/// </summary>
internal static class TemplateBuiltins
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["array"] = ["add", "add_range", "compact", "concat", "cycle", "any", "each", "filter", "first", "insert_at", "join", "last", "limit",
            "map", "offset", "remove_at", "reverse", "size", "sort", "uniq", "contains"],
        ["math"] = ["abs", "ceil", "divided_by", "floor", "format", "is_number", "minus", "modulo", "plus", "round", "times"],
        ["object"] = ["default", "has_key", "has_value", "keys", "size", "typeof", "kind", "values"],
        ["string"] = ["escape", "append", "capitalize", "capitalizewords", "contains", "empty", "whitespace", "downcase", "ends_with",
            "equals_ignore_case", "handleize", "literal", "lstrip", "pluralize", "prepend", "remove", "remove_first", "remove_last",
            "replace", "replace_first", "rstrip", "size", "slice", "slice1", "split", "starts_with", "strip", "strip_newlines",
            "to_int", "to_long", "to_float", "to_double", "truncate", "truncatewords", "upcase", "pad_left", "pad_right", "index_of"],
    };

    /// <summary>
    /// The allowed builtins, made once and frozen (<see cref="ScriptObject.IsReadOnly"/>): every report's
    /// context shares them, on any thread, and a template that tries to change one (<c>string.x = 1</c>)
    /// gets an error instead of changing it for the reports after it. Making them per report cost a
    /// default <see cref="TemplateContext"/> with all of Scriban's builtins each time.
    /// </summary>
    public static ScriptObject Shared { get; } = Create();

    /// <summary>Whether <paramref name="value"/> is one of the groups (<c>string</c>, <c>math</c>, <c>array</c>, <c>object</c>).</summary>
    public static bool IsGroup(ScriptObject value) =>
        Allowed.Keys.Any(group => ReferenceEquals(Shared[group], value));

    /// <summary>A new builtin object holding only the allowed functions, frozen.</summary>
    private static ScriptObject Create()
    {
        var defaults = new TemplateContext().BuiltinObject;
        var builtins = new ScriptObject();
        foreach (var name in new[] { "empty", "blank" })
        {
            builtins.SetValue(name, defaults[name], readOnly: true);
        }

        if (defaults["include"] is IScriptCustomFunction include)
        {
            // Partials are markup already; the wrapper keeps them from being escaped a second time.
            builtins.SetValue("include", new IncludeMarkupFunction(include), readOnly: true);
        }

        foreach (var (group, functions) in Allowed)
        {
            if (defaults[group] is not ScriptObject source)
            {
                continue;
            }

            var target = new ScriptObject();
            foreach (var function in functions.Where(source.ContainsKey))
            {
                target.SetValue(function, source[function], readOnly: true);
            }

            target.IsReadOnly = true;
            builtins.SetValue(group, target, readOnly: true);
        }

        builtins.IsReadOnly = true;
        return builtins;
    }
}
