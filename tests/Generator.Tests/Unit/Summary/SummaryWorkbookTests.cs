using System.Diagnostics;
using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Generator.Bench.Synthetic;
using Generator.Building.Pdf;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Summary;
using Generator.Tests.Golden;
using Generator.Validation.YearOverYear;

namespace Generator.Tests.Unit.Summary;

/// <summary>
/// The issue's “done when”: <c>summary</c> on the 2021 samples plus a synthetic group of 50 bureaus writes the
/// board, the three formats of the totals and the workbook; the workbook read back has one row per bureau with
/// the figures of its year file, and a totals row of formulas over every bureau row whose value is the sum of the
/// year files (checked by the cells' readers and, for the headline figures, by issue 19's key figures, a reader
/// of its own); LibreOffice converts the workbook and the Word totals.
/// </summary>
[Collection(Generator.Tests.Seeds.LibreOfficeTests.Name)]
public sealed class SummaryWorkbookTests : IClassFixture<SummaryWorkbookTests.Group>
{
    private readonly Group _group;

    public SummaryWorkbookTests(Group group) => _group = group;

    [Fact]
    public void Every_file_is_written_and_every_bureau_is_summed()
    {
        Assert.True(_group.Result.Succeeded, string.Join("\n", _group.Result.Diagnostics));
        Assert.Equal(52, _group.Result.Bureaus.Count);
        Assert.All(_group.Result.Bureaus, b => Assert.True(b.Summed, $"{b.BureauId}: {b.StateText} {b.FirstError}"));
        foreach (var file in new[] { "index.html", "status.csv", "totals.html", "totals.md", "totals.docx", "summary.xlsx" })
        {
            Assert.True(File.Exists(Path.Combine(_group.Result.Folder, file)), file);
        }
    }

    [Fact]
    public void The_workbook_has_the_bureaus_figures_and_totals_formulas_that_equal_the_sum_of_the_year_files()
    {
        var reports = _group.Reports;
        var cells = SummaryCells.Of(ReportFormat.Format2021, reports.Values.First());
        using var workbook = SpreadsheetDocument.Open(Path.Combine(_group.Result.Folder, SummaryWorkbook.FileName), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(SummaryWorkbook.HeaderRows + reports.Count + 1, rows.Count);
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(SummaryWorkbook.HeaderRows, pane.VerticalSplit!.Value);

        var byReference = rows.SelectMany(r => r.Elements<Cell>()).ToDictionary(c => c.CellReference!.Value!, StringComparer.Ordinal);
        string? Text(int row, int column) => byReference.TryGetValue(SummaryWorkbook.Reference(row, column), out var cell)
            ? cell.InlineString?.InnerText ?? cell.CellValue?.Text : null;

        var lastBureauRow = SummaryWorkbook.HeaderRows + reports.Count;
        for (var i = 0; i < cells.Count; i++)
        {
            var column = SummaryWorkbook.FixedColumns + i;
            Assert.Equal(cells[i].Table, Text(1, column));
            Assert.Equal(cells[i].Row, Text(2, column));

            decimal? expected = null;
            for (var row = SummaryWorkbook.HeaderRows + 1; row <= lastBureauRow; row++)
            {
                var report = reports[Text(row, 0)!];
                var value = cells[i].Read(report);
                Assert.Equal(value?.ToString(CultureInfo.InvariantCulture), Text(row, column));
                expected = value is null ? expected : (expected ?? 0) + value;
            }

            var total = byReference[SummaryWorkbook.Reference(lastBureauRow + 1, column)];
            var name = SummaryWorkbook.ColumnName(column);
            var range = $"{name}{SummaryWorkbook.HeaderRows + 1}:{name}{lastBureauRow}";
            Assert.Equal($"IF(COUNT({range})=0,\"\",SUM({range}))", total.CellFormula!.Text);
            Assert.Equal(expected?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, total.CellValue!.Text);
        }

        // The headline figures once more through the key figures of issue 19, which read the model on their own.
        foreach (var figure in KeyFigures.Requests)
        {
            var label = figure.Id switch
            {
                KeyFigures.Received => "一、本年新收政府信息公开申请数量",
                KeyFigures.CarriedIn => "二、上年结转政府信息公开申请数量",
                KeyFigures.Handled => "（七）总计",
                _ => "四、结转下年度继续办理",
            };
            var column = SummaryWorkbook.FixedColumns + cells.ToList().FindIndex(c => c.Table == "表2" && c.Row == label && c.Column == "总计");
            Assert.Equal(reports.Values.Sum(r => figure.Read(r) ?? 0m).ToString(CultureInfo.InvariantCulture), Text(lastBureauRow + 1, column));
        }
    }

    [Fact]
    public void The_same_data_gives_the_same_bytes()
    {
        var again = TestPaths.NewTempFolder();
        new SummaryRun(new SummaryOptions(_group.Data, TestPaths.Templates, again, 2021), new SourceTextCache()).Run();
        foreach (var file in new[] { "summary.xlsx", "totals.docx", "totals.md", "totals.html", "index.html", "status.csv" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(_group.Result.Folder, file)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(again, "summary", "2021", file))), file);
        }
    }

    [Fact]
    public void The_Word_totals_pass_the_Open_XML_validator()
    {
        var errors = WordXml.ValidationErrors(File.ReadAllBytes(Path.Combine(_group.Result.Folder, "totals.docx")));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_workbook_passes_the_Open_XML_validator()
    {
        using var workbook = SpreadsheetDocument.Open(Path.Combine(_group.Result.Folder, SummaryWorkbook.FileName), false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(workbook).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>LibreOffice opens the workbook (its totals row read back as CSV equals ours) and converts the Word totals to PDF.</summary>
    [SkippableFact]
    public void LibreOffice_converts_the_workbook_and_the_Word_totals()
    {
        var office = PdfConverter.FindOffice();
        Skip.If(office is null, "LibreOffice (soffice) is not installed");
        var program = Path.GetDirectoryName(new FileInfo(office!).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(office!))!;
        Skip.IfNot(File.Exists(Path.Combine(program, "libsclo.so")) || OperatingSystem.IsWindows(), "LibreOffice Calc is not installed (.ci/run installs libreoffice-calc-nogui)");
        var target = TestPaths.NewTempFolder();
        foreach (var (file, to) in new[] { ("summary.xlsx", "csv:Text - txt - csv (StarCalc):44,34,76"), ("totals.docx", "pdf") })
        {
            var profile = new Uri(Path.Combine(TestPaths.NewTempFolder(), "profile")).AbsoluteUri;
            var start = new ProcessStartInfo(office!, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", to, "--outdir", target, Path.Combine(_group.Result.Folder, file)])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "soffice did not finish");
            Assert.True(process.ExitCode == 0, $"soffice failed on {file}: {output.Result} {error.Result}");
            Assert.True(File.Exists(Path.Combine(target, Path.ChangeExtension(file, to.Split(':')[0]))), $"{file}: nothing converted. {output.Result} {error.Result}");
        }

        var lines = File.ReadAllLines(Path.Combine(target, "summary.csv"));
        Assert.Equal(SummaryWorkbook.HeaderRows + _group.Reports.Count + 1, lines.Length);
        using var workbook = SpreadsheetDocument.Open(Path.Combine(_group.Result.Folder, SummaryWorkbook.FileName), false);
        var ours = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Last().Elements<Cell>()
            .Skip(2).Select(c => c.CellValue!.Text).ToList();
        var theirs = lines[^1].Split(',').Skip(SummaryWorkbook.FixedColumns).Select(v => v.Trim('"')).ToList();
        Assert.Equal(ours.Select(v => decimal.TryParse(v, CultureInfo.InvariantCulture, out var d) ? d.ToString(CultureInfo.InvariantCulture) : v),
            theirs.Select(v => decimal.TryParse(v, CultureInfo.InvariantCulture, out var d) ? d.ToString(CultureInfo.InvariantCulture) : v));
    }

    /// <summary>The two 2021 samples and 50 synthetic bureaus (2020 and 2021, so last year is there to compare), summed once for all tests.</summary>
    public sealed class Group
    {
        public Group()
        {
            Data = TestPaths.NewTempFolder();
            foreach (var sample in new[] { "jiyuan", "demo" })
            {
                TestPaths.CopyFolder(Path.Combine(TestPaths.Data, sample), Path.Combine(Data, sample));
            }

            SyntheticData.Write(Data, bureaus: 50, years: 2, seed: 20, firstYear: 2020);
            File.Delete(Path.Combine(Data, "demo", "2022.yaml"));
            Result = new SummaryRun(new SummaryOptions(Data, TestPaths.Templates, TestPaths.NewTempFolder(), 2021), new SourceTextCache()).Run();

            // Each year file loaded on its own, as build loads it.
            Reports = Directory.EnumerateDirectories(Data).Select(Path.GetFileName).OfType<string>().ToDictionary(
                id => id,
                id => new DataFolder(Data).Load(new ReportSource(id, 2021, Path.Combine(Data, id, "2021.yaml"), Path.Combine(Data, id, "bureau.yaml")), new SourceTextCache(), new DiagnosticBag())!,
                StringComparer.Ordinal);
        }

        public string Data { get; }

        public SummaryResult Result { get; }

        public Dictionary<string, Report> Reports { get; }
    }
}
