using Generator.Tests.Golden;

namespace Generator.Tests.Specs;

/// <summary>
/// Golden spec folders: <c>Specs/NNN-area/NNN-case/</c> holds <c>data/&lt;bureau&gt;/…yaml</c> (and, for
/// template cases, its own <c>templates/</c>), the expected diagnostics and, when the report builds,
/// the expected HTML, Markdown and Word (<c>report.approved.docx.xml</c>: its <c>word/document.xml</c> pretty-printed). A folder with <c>args.txt</c> instead runs the command line
/// (see <see cref="CliCaseRunner"/>). One theory runs them all; adding a folder adds a test.
/// </summary>
public sealed class SpecCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var area in Directory.EnumerateDirectories(TestPaths.Specs).Order(StringComparer.Ordinal))
        {
            foreach (var folder in Directory.EnumerateDirectories(area).Order(StringComparer.Ordinal)
                         .Where(f => Directory.Exists(Path.Combine(f, "data")) || File.Exists(Path.Combine(f, "args.txt"))))
            {
                data.Add(Path.GetRelativePath(TestPaths.Specs, folder).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_matches_its_golden_files(string name)
    {
        var folder = Path.Combine(TestPaths.Specs, name);
        if (File.Exists(Path.Combine(folder, "args.txt")))
        {
            CliCaseRunner.Verify(folder);
            return;
        }

        var templates = Directory.Exists(Path.Combine(folder, "templates")) ? Path.Combine(folder, "templates") : TestPaths.Templates;
        var outcome = CaseRunner.Build(Path.Combine(folder, "data"), templates, folder);

        GoldenFile.Verify(outcome.Diagnostics, folder, "diagnostics", "txt");
        var built = outcome.Result.Reports.SingleOrDefault();
        if (built is null)
        {
            // A report with errors is not written at all, and the case must not expect one.
            Assert.Empty(outcome.Files);
            Assert.False(File.Exists(Path.Combine(folder, "report.approved.html")), "the golden report exists but the report was not built");
            return;
        }

        var prefix = $"{built.BureauId}/{built.Year}/";
        GoldenFile.Verify(outcome.Files[prefix + "report.html"], folder, "report", "html");
        GoldenFile.Verify(outcome.Files[prefix + "report.md"], folder, "report", "md");
        GoldenFile.Verify(WordXml.PrettyDocument(outcome.Bytes[prefix + "report.docx"]), folder, "report", "docx.xml");

        // The 一图读懂 is compared where a case keeps its golden SVG (cases about the graphic); a case whose
        // golden is “none” (graphic.approved.none) must build none.
        if (File.Exists(Path.Combine(folder, "graphic.approved.svg")))
        {
            Assert.True(outcome.Files.ContainsKey(prefix + "graphic.svg"), "the golden graphic exists but no graphic.svg was built");
            GoldenFile.Verify(outcome.Files[prefix + "graphic.svg"], folder, "graphic", "svg");
        }
        else if (File.Exists(Path.Combine(folder, "graphic.approved.none")))
        {
            Assert.False(outcome.Files.ContainsKey(prefix + "graphic.svg") || outcome.Files.ContainsKey(prefix + "graphic.png"), "the case expects no graphic");
        }

        // Whatever the case puts in the text (markup, odd characters, links), Word must open the file without a repair prompt.
        var errors = WordXml.ValidationErrors(outcome.Bytes[prefix + "report.docx"]);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
