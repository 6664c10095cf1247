using System.Diagnostics;
using Generator.Bench.Synthetic;
using Generator.Building;
using Generator.Diagnostics;

namespace Generator.Tests.Unit.Validation;

/// <summary>
/// N1 raises no false alarm on the data that is known to agree: the sample bureaus in data/ (read by the
/// real loader, as <c>build</c> reads them) and the benchmark's synthetic reports, whose narrative quotes
/// the tables' own figures. And it stays linear on hostile text.
/// </summary>
public sealed class NarrativeSamplesTests
{
    private static readonly string[] N1Codes = [DiagnosticCode.NarrativeFigureMismatch.Id, DiagnosticCode.NarrativeFigureUnsure.Id];

    [Fact]
    public void The_sample_data_quotes_its_tables_without_a_warning_or_an_info()
    {
        var validation = new ReportBuilder(new SourceTextCache()).Validate(new BuildOptions(TestPaths.Data, TestPaths.Templates));

        Assert.True(validation.Checked > 0);
        Assert.Empty(validation.Diagnostics.Where(d => N1Codes.Contains(d.Code)).Select(Describe));
    }

    [Fact]
    public void Synthetic_narratives_agree_with_their_tables()
    {
        var data = TestPaths.NewTempFolder();
        var written = SyntheticData.Write(data, bureaus: 12, years: 4, seed: 2024, firstYear: 2019);

        var validation = new ReportBuilder(new SourceTextCache()).Validate(new BuildOptions(data, TestPaths.Templates));

        Assert.Equal(written, validation.Checked);
        Assert.Empty(validation.Diagnostics.Where(d => N1Codes.Contains(d.Code)).Select(Describe));
    }

    /// <summary>
    /// Nearly a megabyte (the size limit of a data file) of keywords, numbers and clauses in one sentence: every step of the scanner and the
    /// reader moves forward, so this takes milliseconds; a quadratic step would take minutes.
    /// </summary>
    [Fact]
    public void Reading_a_long_hostile_narrative_is_linear()
    {
        var text = string.Concat(Enumerable.Repeat("新收受理办结政府信息公开申请1件，行政复议、行政诉讼约2起，其中维持三件、", 8_000));
        var yaml = NarrativeCorpusTables.Yaml("2021", "-", text);

        var watch = Stopwatch.StartNew();
        var (report, diagnostics) = ReaderRun.Report(yaml, checkRelations: true);
        watch.Stop();

        Assert.NotNull(report);
        Assert.Contains(diagnostics.Items, d => N1Codes.Contains(d.Code));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    private static string Describe(Diagnostic d) => $"{d.Span}: {d.Code} {d.Message}";
}
