using System.Diagnostics.CodeAnalysis;
using Scriban;
using Scriban.Functions;
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

    /// <summary>
    /// A new builtin object holding only the allowed functions, frozen. Each group is imported from its Scriban
    /// class with a filter, rather than copied out of a default <see cref="TemplateContext"/>: Scriban's defaults
    /// wrap every builtin of every group by reflection (some 250), which in the native executable was about a tenth
    /// of <c>validate</c>'s start-up; only the allowed ones are wrapped here, the same way Scriban wraps them.
    /// </summary>
    private static ScriptObject Create()
    {
        var builtins = new ScriptObject();
        builtins.SetValue("empty", EmptyScriptObject.Default, readOnly: true);
        builtins.SetValue("blank", EmptyScriptObject.Default, readOnly: true);

        // Partials are markup already; the wrapper keeps them from being escaped a second time.
        builtins.SetValue("include", new IncludeMarkupFunction(new IncludeFunction()), readOnly: true);

        foreach (var (group, functions) in Allowed)
        {
            builtins.SetValue(group, Group(group, functions), readOnly: true);
        }

        builtins.IsReadOnly = true;
        return builtins;
    }

    /// <summary>A group made from the Scriban class its functions come from (Scriban's own <c>BuiltinFunctions</c> names them so).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Keeping a group's public methods also keeps ScriptObject.From, which it inherits and nobody calls.")]
    private static ScriptObject Group(string group, string[] functions) => group switch
    {
        "array" => Group<ArrayFunctions>(functions),
        "math" => Group<MathFunctions>(functions),
        "object" => Group<ObjectFunctions>(functions),
        "string" => Group<StringFunctions>(functions),
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "not a Scriban builtin group"),
    };

    /// <summary>The public static methods of <typeparamref name="T"/> named in <paramref name="functions"/>, wrapped as Scriban's import wraps them, frozen.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The import reads the public methods of T, which the annotation keeps; it also walks ScriptObject's, which the filter leaves out.")]
    private static ScriptObject Group<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicMethods)] T>(string[] functions)
    {
        var names = functions.ToHashSet(StringComparer.Ordinal);
        var target = new ScriptObject();
        target.Import(typeof(T), ScriptMemberImportFlags.Method, member => names.Contains(StandardMemberRenamer.Default(member)));
        target.IsReadOnly = true;
        return target;
    }
}
