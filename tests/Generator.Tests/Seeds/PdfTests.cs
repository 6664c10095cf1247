using System.Diagnostics;
using Generator.Building;
using Generator.Building.Pdf;
using Generator.Cli;
using Generator.Diagnostics;
using Generator.Document;
using Generator.Document.Blocks;

namespace Generator.Tests.Seeds;

/// <summary>
/// The Word files opened by a real word processor: LibreOffice converts every sample to PDF
/// (<c>build --pdf</c>) and poppler's <c>pdftotext</c> reads it back. Every table label and every row
/// of figures must be there, in reading order, and the page count must be that of a short report.
/// .ci/run installs LibreOffice and poppler; without them the test is skipped locally and fails on CI.
/// A missing or failing LibreOffice is covered by the spec cases in <c>Specs/085-pdf</c>.
/// </summary>
[Collection(LibreOfficeTests.Name)]
public sealed class PdfTests(PdfTests.Conversion conversion) : IClassFixture<PdfTests.Conversion>
{
    public static TheoryData<string, int> Samples() => SampleReportTests.Samples();

    [SkippableTheory]
    [MemberData(nameof(Samples))]
    public void Every_label_and_figure_of_the_tables_is_in_the_PDF(string bureau, int year)
    {
        conversion.SkipIfUnavailable();
        Assert.True(conversion.Result!.Succeeded, conversion.Diagnostics);
        var pdf = Path.Combine(conversion.OutFolder, bureau, year.ToString(System.Globalization.CultureInfo.InvariantCulture), "report.pdf");
        Assert.True(File.Exists(pdf), $"{pdf} was not written");

        // Reading order, all white space removed: a label wrapped over three lines of its cell still reads as one.
        var text = Squeeze(Poppler("pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"));
        var document = conversion.Documents[(bureau, year)];
        foreach (var table in document.Blocks.OfType<Table>())
        {
            foreach (var cell in table.Rows.SelectMany(r => r.Cells).Where(c => c.Kind != CellKind.Data))
            {
                Assert.Contains(Squeeze(cell.Text), text, StringComparison.Ordinal);
            }

            // Each row's figures follow the label that heads them, in column order.
            foreach (var row in table.Rows.Where(r => r.Cells.Any(c => c.Kind == CellKind.Data)))
            {
                var label = row.Cells.TakeWhile(c => c.Kind != CellKind.Data).LastOrDefault()?.Text ?? string.Empty;
                var figures = string.Concat(row.Cells.Where(c => c.Kind == CellKind.Data).Select(c => c.Text));
                Assert.Contains(Squeeze(label + figures), text, StringComparison.Ordinal);
            }
        }

        Assert.Contains(Squeeze(document.Title), text, StringComparison.Ordinal);
        var pages = int.Parse(Poppler("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(pages, 3, 12);
    }

    /// <summary>
    /// The GB/T 9704 page as LibreOffice lays it out (points, from page 1's text boxes): text starts
    /// 28 mm from the left and 37 mm from the top, the title is centred on the text block, body lines
    /// are 28.95 pt apart (22 to the 225 mm block), a full line holds 28 characters, and a paragraph's
    /// first line is indented by two.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(Samples))]
    public void Page_one_has_the_GB_T_9704_text_block(string bureau, int year)
    {
        conversion.SkipIfUnavailable();
        var pdf = Path.Combine(conversion.OutFolder, bureau, year.ToString(System.Globalization.CultureInfo.InvariantCulture), "report.pdf");
        var xhtml = System.Xml.Linq.XDocument.Parse(Poppler("pdftotext", "-f", "1", "-l", "1", "-bbox-layout", pdf, "-"));
        System.Xml.Linq.XNamespace x = "http://www.w3.org/1999/xhtml";
        var lines = xhtml.Descendants(x + "line").Select(l => (
            XMin: (double)l.Attribute("xMin")!, YMin: (double)l.Attribute("yMin")!, XMax: (double)l.Attribute("xMax")!,
            Text: string.Concat(l.Elements(x + "word").Select(w => w.Value)))).ToList();
        const double Mm = 72 / 25.4;
        var left = 28 * Mm;
        var center = left + (156 * Mm / 2);

        Assert.InRange(lines.Min(l => l.YMin), 37 * Mm, 40 * Mm);
        Assert.InRange(lines.Min(l => l.XMin), left - 0.5, left + 0.5);
        var title = lines[0];
        Assert.InRange((title.XMin + title.XMax) / 2, center - 1.5, center + 1.5);
        Assert.Contains(lines, l => Math.Abs(l.XMin - (left + 32)) < 0.6);

        var pitches = lines.Zip(lines.Skip(1), (a, b) => Math.Round(b.YMin - a.YMin, 1)).GroupBy(p => p).OrderByDescending(g => g.Count()).First().Key;
        Assert.InRange(pitches, 28.8, 29.1);
        var fullLines = lines.Where(l => Math.Abs(l.XMin - left) < 0.6 && l.Text.All(c => c > 0x2000)).Select(l => l.Text.Length).ToList();
        Assert.NotEmpty(fullLines);
        Assert.Equal(28, fullLines.GroupBy(n => n).OrderByDescending(g => g.Count()).First().Key);
    }

    /// <summary>
    /// The page number fields as a word processor fills them in: page N of LibreOffice's PDF shows
    /// “— N —” in its footer, and no other page number, on every page of every sample (a field the word
    /// processor did not update would show its cached “— 1 —” everywhere).
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(Samples))]
    public void Every_page_shows_its_own_number(string bureau, int year)
    {
        conversion.SkipIfUnavailable();
        var pdf = Path.Combine(conversion.OutFolder, bureau, year.ToString(System.Globalization.CultureInfo.InvariantCulture), "report.pdf");
        var pages = int.Parse(Poppler("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(pages, 2, 12);
        for (var page = 1; page <= pages; page++)
        {
            var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var lines = Poppler("pdftotext", "-f", number, "-l", number, "-layout", "-enc", "UTF-8", pdf, "-")
                .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            var numbers = lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^— *(\d+) *—$")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
            Assert.True(numbers.SequenceEqual([number]), $"{bureau} {year} page {page}: page numbers {string.Join(", ", numbers)}; last line “{lines.LastOrDefault()}”");
            // The footer is the page's last line (pdftotext drops the narrow spaces beside the dashes).
            Assert.Equal($"—{number}—", Squeeze(lines[^1]));
        }
    }

    [Fact]
    public void Pdf_needs_the_Word_format()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = CommandLine.Run(["build", "--format", "html", "--pdf"], stdout, stderr);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("--format 中需要包含 docx", stderr.ToString(), StringComparison.Ordinal);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static string Poppler(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    /// <summary>Builds every sample with <c>--pdf</c> once for the whole class: LibreOffice starts once for all seven.</summary>
    public sealed class Conversion : IDisposable
    {
        public Conversion()
        {
            OutFolder = TestPaths.NewTempFolder();
            Available = PdfConverter.FindOffice() is not null && PdfConverter.FindOnPath("pdftotext") is not null && PdfConverter.FindOnPath("pdfinfo") is not null;
            if (!Available)
            {
                return;
            }

            var sources = new SourceTextCache();
            var options = new BuildOptions(TestPaths.Data, TestPaths.Templates, OutFolder, DisplayBase: TestPaths.RepoRoot, Pdf: true);
            var builder = new ReportBuilder(sources);
            Result = builder.Build(options);
            Diagnostics = new DiagnosticFormatter(sources).Format(Result.Diagnostics);
            foreach (var (source, document) in builder.Documents(options, new DiagnosticBag()))
            {
                Documents[(source.BureauId, source.Year)] = document!;
            }
        }

        public string OutFolder { get; }

        public bool Available { get; }

        public BuildResult? Result { get; }

        public string Diagnostics { get; } = string.Empty;

        public Dictionary<(string Bureau, int Year), ReportDocument> Documents { get; } = [];

        public void SkipIfUnavailable()
        {
            if (!Available)
            {
                Assert.True(Environment.GetEnvironmentVariable("CI") is null or "", "On CI, LibreOffice and poppler-utils must be installed (.ci/run installs them).");
                Skip.If(true, "LibreOffice (soffice) or poppler-utils not found: bash .ci/run installs them.");
            }
        }

        public void Dispose() => Directory.Delete(OutFolder, recursive: true);
    }
}

/// <summary>Tests that start LibreOffice run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class LibreOfficeTests
{
    public const string Name = "LibreOffice";
}
