using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Building;
using Generator.Building.Pdf;
using Generator.Diagnostics;
using Generator.Tests.Seeds;

namespace Generator.Tests.Import;

/// <summary>
/// The round trip as the spec of import: every sample is built (HTML, Markdown, Word and, when LibreOffice is
/// installed, PDF from the Word file), each output is imported into an empty data folder beside the sample's
/// bureau.yaml, and the imported year must have every figure of the original (blank as blank, money to the
/// last decimal) with nothing left unread, and build into byte-identical tables.
/// </summary>
[Collection(LibreOfficeTests.Name)]
public sealed partial class RoundTripTests(RoundTripTests.Samples built) : IClassFixture<RoundTripTests.Samples>
{
    public static TheoryData<string, int, string> Cases()
    {
        var cases = new TheoryData<string, int, string>();
        foreach (var sample in SampleReportTests.Samples())
        {
            foreach (var kind in new[] { "html", "md", "docx", "pdf" })
            {
                cases.Add((string)sample[0], (int)sample[1], kind);
            }
        }

        return cases;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Import_of_a_built_report_gives_back_its_figures_and_tables(string bureau, int year, string kind)
    {
        if (kind == "pdf")
        {
            built.SkipIfNoPdf();
        }

        var input = Path.Combine(built.OutFolder, bureau, year.ToString(CultureInfo.InvariantCulture), "report." + kind);
        using var run = ImportRun.Of(input, bureau);

        Assert.True(run.File.Written is not null, run.Diagnostics);
        Assert.Equal(0, run.File.CellsUnread);
        var original = SampleFigures.Of(SampleFigures.Read(TestPaths.Data, bureau, year)!);
        var imported = SampleFigures.Of(run.Imported(bureau, year) ?? throw new Xunit.Sdk.XunitException("the imported year does not read:\n" + run.Diagnostics));
        Assert.Equal(original, imported);

        var rebuilt = run.Build(bureau, year);
        Assert.True(rebuilt.Result.Succeeded, rebuilt.Diagnostics);
        var prefix = $"{bureau}/{year}/";
        Assert.Equal(Tables(built.Html[prefix]), Tables(rebuilt.Files[prefix + "report.html"]));
        Assert.Equal(MarkdownTables(built.Markdown[prefix]), MarkdownTables(rebuilt.Files[prefix + "report.md"]));
    }

    private static List<string> Tables(string html) => [.. HtmlTable().Matches(html).Select(m => m.Value)];

    private static List<string> MarkdownTables(string markdown) => [.. markdown.Split('\n').Where(l => l.StartsWith('|') || l.StartsWith("<!-- 表", StringComparison.Ordinal))];

    [GeneratedRegex("<table>.*?</table>", RegexOptions.Singleline)]
    private static partial Regex HtmlTable();

    /// <summary>Every sample built once for the class; with <c>--pdf</c> when LibreOffice is there.</summary>
    public sealed class Samples : IDisposable
    {
        public Samples()
        {
            OutFolder = TestPaths.NewTempFolder();
            PdfAvailable = PdfConverter.FindOffice() is not null;
            var sources = new SourceTextCache();
            var result = new ReportBuilder(sources).Build(new BuildOptions(TestPaths.Data, TestPaths.Templates, OutFolder, DisplayBase: TestPaths.RepoRoot, Pdf: PdfAvailable));
            Diagnostics = new DiagnosticFormatter(sources).Format(result.Diagnostics);
            foreach (var file in Directory.EnumerateFiles(OutFolder, "report.*", SearchOption.AllDirectories))
            {
                var key = Path.GetRelativePath(OutFolder, Path.GetDirectoryName(file)!).Replace('\\', '/') + "/";
                if (file.EndsWith(".html", StringComparison.Ordinal))
                {
                    Html[key] = File.ReadAllText(file);
                }
                else if (file.EndsWith(".md", StringComparison.Ordinal))
                {
                    Markdown[key] = File.ReadAllText(file);
                }
            }
        }

        public string OutFolder { get; }

        public bool PdfAvailable { get; }

        public string Diagnostics { get; }

        public Dictionary<string, string> Html { get; } = [];

        public Dictionary<string, string> Markdown { get; } = [];

        public void SkipIfNoPdf()
        {
            if (!PdfAvailable)
            {
                Assert.True(Environment.GetEnvironmentVariable("CI") is null or "", "On CI, LibreOffice must be installed (.ci/run installs it).");
                Skip.If(true, "LibreOffice (soffice) not found: bash .ci/run installs it.");
            }
        }

        public void Dispose() => Directory.Delete(OutFolder, recursive: true);
    }
}
