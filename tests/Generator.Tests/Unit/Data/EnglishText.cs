using System.Text.RegularExpressions;

namespace Generator.Tests.Unit.Data;

/// <summary>Finds English words in a diagnostic: what a parser's untranslated message would leave behind.</summary>
internal static partial class EnglishText
{
    /// <summary>
    /// Words of three or more Latin letters, except what staff see as names (YAML, Tab), paths to the
    /// documentation, text in “” (which quotes what the user wrote), a command to run (<c>generator validate --fix</c>)
    /// and any word of <paramref name="input"/> (a key such as <c>licensing</c> is the user's own text).
    /// </summary>
    public static IReadOnlyList<string> Words(string text, string input = "")
    {
        var bare = Command().Replace(DocsPath().Replace(Quoted().Replace(text, string.Empty), string.Empty), string.Empty);
        return [.. Word().Matches(bare).Select(m => m.Value)
            .Where(w => w is not ("YAML" or "Tab") && !input.Contains(w, StringComparison.Ordinal))];
    }

    [GeneratedRegex("“[^”]*”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"docs/[\w./-]+")]
    private static partial Regex DocsPath();

    /// <summary>A command as messages show it (Diagnostics.CommandName), with its subcommand and options.</summary>
    [GeneratedRegex(@"(?:generator|dotnet run --project \S+ --)(?: (?:[a-z]+|--[a-z-]+|[0-9]+))*")]
    private static partial Regex Command();

    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex Word();
}
