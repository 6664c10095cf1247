using System.Text.RegularExpressions;
using Generator.Templating.Functions;

namespace Generator.Tests.Unit.Templating;

/// <summary>
/// Finds English in a template message: words of three or more Latin letters outside template code. Code is
/// what the author writes and reads back: text in `…`, in {{ … }}, in “…”, a path under docs/, and the
/// words of the template language itself (keywords, report/bureau/format, builtin and function names).
/// </summary>
internal static partial class TemplateEnglish
{
    private static readonly HashSet<string> Vocabulary = new(StringComparer.Ordinal)
    {
        // Scriban's statements, literals and loop variables.
        "if", "else", "end", "for", "in", "while", "case", "when", "break", "continue", "func", "ret", "capture", "readonly",
        "import", "with", "wrap", "tablerow", "cycle", "include", "empty", "this", "true", "false", "null", "elsif",
        "index", "index1", "first", "last", "even", "odd", "changed", "length", "col", "cols", "size", "offset", "limit", "reversed",
        // Variables, builtin groups and the builtins templates are told are missing.
        "report", "bureau", "format", "string", "math", "array", "object", "date", "regex", "html", "timespan", "eval",
        "eval_template", "include_join", "narrative", "common", "scriban", "Scriban", "NET",
    };

    public static IReadOnlyList<string> Words(string text)
    {
        var bare = DocsPath().Replace(Code().Replace(text, " "), " ");
        return [.. Word().Matches(bare).Select(m => m.Value).Where(w => !Known(w))];
    }

    private static readonly HashSet<string> Functions = [.. ReportFunctions.All.Select(f => Scriban.Runtime.StandardMemberRenamer.Default(f.Method))];

    /// <summary>Template code and quotations: `…`, {{ … }}, “…”, $"…".</summary>
    [GeneratedRegex("`[^`]*`|\\{\\{.*?\\}\\}|“[^”]*”|\\$\"[^\"]*\"", RegexOptions.Singleline)]
    private static partial Regex Code();

    [GeneratedRegex(@"docs/[\w./-]+|\w+/\w+/|\.scriban")]
    private static partial Regex DocsPath();

    [GeneratedRegex(@"[A-Za-z][A-Za-z0-9_]{2,}(?:\.[A-Za-z_][A-Za-z0-9_]*)*")]
    private static partial Regex Word();

    /// <summary>A dotted name (<c>string.to_int</c>, <c>for.index</c>) is vocabulary when each part is.</summary>
    private static bool Known(string word) => word.Split('.').All(p => Vocabulary.Contains(p) || Functions.Contains(p));
}
