using System.Globalization;
using Generator.Building;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Tests.Golden;
using Generator.Validation.YearOverYear;

namespace Generator.Tests.Unit.Validation.YearOverYear;

/// <summary>
/// This year against last year in whole reports: the demo bureau's 2022 sentences against both years' data,
/// last year across the 2019→2021 change, the optional comparison table, and the repetition warning on a
/// planted copy (and not on the samples).
/// </summary>
public sealed class YearOverYearReportTests
{
    [Fact]
    public void Demo_2022_says_how_each_figure_changed_from_2021_as_both_files_say()
    {
        var now = Unit.Graphic.GraphicSampleTests.Load("demo", 2022);
        var before = Unit.Graphic.GraphicSampleTests.Load("demo", 2021);
        var markdown = CaseRunner.Build(TestPaths.Data, TestPaths.Templates, TestPaths.RepoRoot, "demo", 2022).Files["demo/2022/report.md"];

        int Litigation(Report r) => r.Appeals.DirectSuit.Total!.Value + r.Appeals.SuitAfterReconsideration.Total!.Value;
        (string Name, int Now, int Before)[] figures =
        [
            ("新收申请", now.Requests.Received.Total!.Value, before.Requests.Received.Total!.Value),
            ("办结申请", now.Requests.Total.Total!.Value, before.Requests.Total.Total!.Value),
            ("行政复议案件", now.Appeals.Reconsideration.Total!.Value, before.Appeals.Reconsideration.Total!.Value),
            ("行政诉讼案件", Litigation(now), Litigation(before)),
        ];
        foreach (var (name, n, b) in figures)
        {
            // Worked out here from the two files, not by the engine's YearChange.
            var difference = n - b;
            decimal? rate = b == 0 ? null : Math.Round((decimal)difference * 100 / b, 1, MidpointRounding.AwayFromZero);
            var expected = difference == 0 ? $"{name}与上年持平"
                : $"{name}比上年{(difference > 0 ? "增加" : "减少")}{Math.Abs(difference)}件"
                  + (rate is { } r ? $"，{(difference > 0 ? "增长" : "下降")}{Math.Abs(r).ToString("0.#", CultureInfo.InvariantCulture)}%" : string.Empty);
            Assert.Contains(expected, markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Last_year_in_the_2019_format_is_put_in_the_2021_format_where_rows_correspond()
    {
        var data = new DataFolder(Path.Combine(TestPaths.Specs, "055-cross-year", "005-format-change-2020-to-2021", "data"));
        var source = data.Find("test", 2021, new DiagnosticBag()).Single();
        var report = data.Load(source, new SourceTextCache(), new DiagnosticBag())!;
        var before = report.PreviousYear!;
        var mapped = PreviousYear.InFormat(before, ReportFormat.Format2021)!;
        var p2019 = (ProactiveDisclosure2019)before.ProactiveDisclosure;
        var p2021 = (ProactiveDisclosure2021)mapped.ProactiveDisclosure;

        Assert.Equal(ReportFormat.Format2021, mapped.Format);
        Assert.Equal(p2019.Licensing.Decisions.Value, p2021.Licensing.Value);
        Assert.Equal(p2019.Penalties.Decisions.Value, p2021.Penalties.Value);
        Assert.Equal(p2019.Enforcement.Decisions.Value, p2021.Enforcement.Value);
        Assert.Null(p2021.Rules.Issued.Value); // 新制作 is not 制发
        Assert.Null(p2021.Fees); // fee items are not an amount
        Assert.Equal(3, mapped.Requests.OtherHandling.Count);
        Assert.All(mapped.Requests.OtherHandling, r => Assert.Null(r.Total)); // one 2019 row cannot be split in three
        Assert.Equal(before.Requests.Total.Total, mapped.Requests.Total.Total);
        Assert.Equal(before.Requests.Received.Total, mapped.Requests.Received.Total);

        var comparison = YearComparison.Of(report, before).ToDictionary(c => c.Id);
        Assert.Equal(p2019.Licensing.Decisions.Value, comparison["proactive.licensing"].Before);
        Assert.Null(comparison["proactive.rules_issued"].Before);
        Assert.Null(comparison["proactive.fees"].Before);
        Assert.Equal(before.Requests.Received.Total, comparison[KeyFigures.Received].Before);

        // And the report says so: its sentences compare with 2020.
        var outcome = CaseRunner.Build(data.Root, TestPaths.Templates, TestPaths.RepoRoot, "test", 2021);
        Assert.Contains("新收申请比上年", outcome.Files["test/2021/report.md"], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_last_year_no_sentence_compares()
    {
        var markdown = CaseRunner.Build(TestPaths.Data, TestPaths.Templates, TestPaths.RepoRoot, "jiyuan", 2021).Files["jiyuan/2021/report.md"];
        Assert.DoesNotContain("比上年", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("与上年持平", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_comparison_table_is_there_when_a_template_includes_it()
    {
        var templates = TestPaths.CopyToTemp(TestPaths.Templates);
        var main = Path.Combine(templates, "2021", "report.scriban");
        File.WriteAllText(main, File.ReadAllText(main).Replace("{{ include 'common/back' }}", "{{ include 'common/comparison' }}\n\n{{ include 'common/back' }}", StringComparison.Ordinal));

        var outcome = CaseRunner.Build(TestPaths.Data, templates, TestPaths.RepoRoot, "demo");
        var with = outcome.Files["demo/2022/report.md"];
        var without = outcome.Files["demo/2021/report.md"];

        Assert.Contains("主要数据与2021年度比较", with, StringComparison.Ordinal);
        Assert.Contains("| 本年新收申请（件） | 26 | 21 | +5 | 增长23.8% |", with, StringComparison.Ordinal);
        Assert.Contains("| 行政事业性收费（万元） |", with, StringComparison.Ordinal);
        Assert.DoesNotContain("比较", without, StringComparison.Ordinal); // 2020 is not in the data
    }

    [Fact]
    public void A_planted_copy_of_last_years_overview_is_warned_with_section_and_share()
    {
        var data = Cli.BuildCommandTests.CopySamples();
        var file = Path.Combine(data, "demo", "2022.yaml");
        var lastYear = File.ReadAllText(Path.Combine(data, "demo", "2021.yaml"));
        var overview = Block(lastYear, "overview: |").Replace("2021年", "2022年", StringComparison.Ordinal);
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Replace(Block(text, "overview: |"), overview, StringComparison.Ordinal));

        var result = new ReportBuilder(new SourceTextCache()).Validate(new BuildOptions(data, TestPaths.Templates, Bureau: "demo", Year: 2022));

        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCode.NarrativeRepeatsLastYear.Id);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("“一、总体情况”（overview）", warning.Message, StringComparison.Ordinal);
        Assert.Matches(@"同一部分 \d+% 的文字：上年的 \d+ 句中有 \d+ 句", warning.Message);
        Assert.EndsWith("2022.yaml", warning.Span.File, StringComparison.Ordinal);
    }

    [Fact]
    public void No_sample_repeats_last_years_text_or_changes_beyond_reason()
    {
        var result = new ReportBuilder(new SourceTextCache()).Validate(new BuildOptions(TestPaths.Data, TestPaths.Templates));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCode.NarrativeRepeatsLastYear.Id);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCode.ChangeBeyondReason.Id);
    }

    /// <summary>A top-level YAML block: its key line and the indented lines after it.</summary>
    private static string Block(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(key, StringComparison.Ordinal));
        var end = start + 1;
        while (end < lines.Length && (lines[end].StartsWith(' ') || lines[end].Length == 0))
        {
            end++;
        }

        return string.Join('\n', lines[start..end]);
    }
}
