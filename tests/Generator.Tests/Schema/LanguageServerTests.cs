using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Generator.Tests.Schema;

/// <summary>
/// The schemas as staff meet them: the real yaml-language-server (what VS Code's YAML extension runs)
/// checks a sample opened at its own place in data/, so that the first line's <c>$schema=../../schema/…</c>
/// finds schema/. An edited text is sent with the open notification; nothing is written to disk. Each
/// mistake must be flagged at its line, in Chinese, with no sentence of the server's own English.
/// The server is the npm package, which .ci/run installs into .yls and names in YAML_LANGUAGE_SERVER;
/// without node or the server the tests are skipped locally and fail on CI.
/// </summary>
public sealed partial class LanguageServerTests(LanguageServerTests.Servers servers) : IClassFixture<LanguageServerTests.Servers>
{
    private const string Demo2022 = "data/demo/2022.yaml";
    private const string Guichi2020 = "data/guichi/2020.yaml";
    private const string DemoBureau = "data/demo/bureau.yaml";

    private static int _edits;

    /// <summary>The server's own sentences, which the schemas' errorMessage must replace.</summary>
    private static readonly string[] ServerEnglish =
        ["Incorrect type", "is not allowed", "does not match", "Missing property", "Value is", "Array has", "Array does", "String is", "Matches"];

    /// <summary>file, text to find (once), replacement; the editor must flag the replacement's line.</summary>
    public static TheoryData<string, string, string> Mistakes() => new()
    {
        { Demo2022, "  received:", "  recieved:" },
        { Demo2022, "received:          [23,", "received:          [23件," },
        { Demo2022, "received:          [23,", "received:          [２３," },
        { Demo2022, "received:          [23,", "received:          [\"23\"," },
        { Demo2022, "received:          [23, 1, 0, 1, 0, 1]", "received:          [23, 1, 0, 1, 0]" },
        { Demo2022, "reconsideration:            [2, 0, 1, 0]", "reconsideration:            [2, 0, 1, 0, 3, 0]" },
        { Demo2022, "{ issued: 0, repealed: 0, in_force: 0 }", "{ issued: 0, repealed: 0, in_forse: 0 }" },
        { Demo2022, "fees:                790.25万元", "fees:                { amount: 790.25, unit: 万 }" },
        { Demo2022, "fees:                790.25万元", "fees:                790.25万" },
        { Demo2022, "signed_on: 2023-01-16 ", "signed_on: 2023年1月16日 " },
        { Demo2022, "standard_intro: true ", "standard_intro: 是 " },
        { Demo2022, "format: 2021 ", "format: 2020 " },
        { Guichi2020, "items_last_year: 6, items_change: 0,", "items_last_year: 6, items_change: 负3," },
        { DemoBureau, "agency:", "agnecy:" },
        { DemoBureau, "website: https://www.example.gov.cn/", "website: www.example.gov.cn" },
    };

    [SkippableTheory]
    [MemberData(nameof(Mistakes))]
    public async Task A_mistake_is_flagged_in_Chinese_at_its_line(string file, string find, string replace)
    {
        var (text, line) = Edit(file, find, replace);
        var server = await servers.StartedAsync("en");

        AssertFlaggedInChinese(await server.OpenAsync(EditedUri(file), text), line, server.Log);
    }

    /// <summary>Without <c>format:</c>, a 2020 report under the 2021 schema: the message says which schema line to write.</summary>
    [SkippableFact]
    public async Task A_year_of_the_other_format_is_explained()
    {
        var (text, line) = Edit(Demo2022, "year: 2022 ", "year: 2020 ");
        text = string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("format:", StringComparison.Ordinal)));
        var server = await servers.StartedAsync("en");

        var diagnostics = await server.OpenAsync(EditedUri(Demo2022), text);
        AssertFlaggedInChinese(diagnostics, line, server.Log);
        Assert.Contains(diagnostics, d => Message(d).Contains("report-2019.schema.json", StringComparison.Ordinal));
    }

    /// <summary>
    /// A negative count breaks a minimum, which the server reports with its own text, not the schema's:
    /// in Chinese only through its translation, used when the editor runs in Chinese (docs/data-format.md).
    /// </summary>
    [SkippableFact]
    public async Task A_negative_count_is_flagged_in_Chinese_when_the_editor_runs_in_Chinese()
    {
        var (text, line) = Edit(Demo2022, "received:          [23,", "received:          [-23,");
        var server = await servers.StartedAsync("zh-cn");

        AssertFlaggedInChinese(await server.OpenAsync(EditedUri(Demo2022), text), line, server.Log);
    }

    [SkippableFact]
    public async Task Every_sample_is_clean()
    {
        var samples = SchemaSampleTests.Samples().Cast<object[]>().Select(row => (string)row[0]).ToList();
        Assert.NotEmpty(samples);
        var server = await servers.StartedAsync("en");

        // All open at once: the server validates each a moment after it opens.
        var opened = samples.Select(file => (File: file, Diagnostics: server.OpenAsync(UriOf(file), File.ReadAllText(Path.Combine(TestPaths.RepoRoot, file))))).ToList();
        foreach (var (file, diagnostics) in opened)
        {
            var found = await diagnostics;
            Assert.True(found.Count == 0, $"{file}:\n{string.Join('\n', found.Select(d => $"({Line(d)}) {Message(d)}"))}");
        }
    }

    private static void AssertFlaggedInChinese(JsonArray diagnostics, int line, string log)
    {
        Assert.True(diagnostics.Count > 0, $"no diagnostic; the server's log:\n{log}");
        var shown = string.Join('\n', diagnostics.Select(d => $"({Line(d)}) {Message(d)}"));
        Assert.True(diagnostics.Any(d => Line(d) == line), $"nothing at line {line}:\n{shown}");
        foreach (var message in diagnostics.Select(Message))
        {
            Assert.True(message.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"not Chinese: {message}");
            Assert.False(ServerEnglish.Any(e => message.Contains(e, StringComparison.Ordinal)) || EnglishWords().IsMatch(message), $"English: {message}");
        }
    }

    private static (string Text, int Line) Edit(string file, string find, string replace)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, file)).ReplaceLineEndings("\n");
        Assert.True(text.Split(find).Length == 2, $"“{find}” should occur exactly once in {file}");
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return (text.Replace(find, replace, StringComparison.Ordinal), text[..at].Count(c => c == '\n') + 1);
    }

    private static int Line(JsonNode? diagnostic) => diagnostic!["range"]!["start"]!["line"]!.GetValue<int>() + 1;

    private static string Message(JsonNode? diagnostic) => diagnostic!["message"]!.GetValue<string>();

    private static string UriOf(string file) => LspClient.FileUri(Path.Combine(TestPaths.RepoRoot, file));

    /// <summary>
    /// An edited sample opens under a name of its own in the sample's folder (data/demo/2022.edit3.yaml),
    /// so the first line's relative schema path finds schema/ as for the sample, and one server can take
    /// every edit without a document being opened twice.
    /// </summary>
    private static string EditedUri(string file) =>
        UriOf($"{Path.ChangeExtension(file, null)}.edit{Interlocked.Increment(ref _edits)}.yaml");

    /// <summary>Three English words in a row: a sentence of the server's own, such as “Expected one of …”.</summary>
    [GeneratedRegex("[A-Za-z]+ [A-Za-z]+ [A-Za-z]+")]
    private static partial Regex EnglishWords();
}
