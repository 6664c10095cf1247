using Generator.Building;
using Generator.Diagnostics;

namespace Generator.Tests.Unit.Building;

/// <summary>
/// A problem in the markup the templates made is quoted from that report's markup: two years of one
/// bureau each get their own line, not the line of whichever year was rendered last.
/// </summary>
public sealed class MarkupDiagnosticsTests
{
    [Fact]
    public void Each_report_quotes_its_own_template_output()
    {
        var templates = TestPaths.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(templates, "2021"));
        File.WriteAllText(Path.Combine(templates, "2021", "report.scriban"), "# {{ report.title }}\n\n```table 坏表\n{h c3} 标题\n{h} {{ report.year }}甲 | {h} 乙\n```\n");
        var sources = new SourceTextCache();

        var result = new ReportBuilder(sources).Build(new BuildOptions(TestPaths.Data, templates, TestPaths.NewTempFolder(), Bureau: "demo", DisplayBase: TestPaths.RepoRoot));
        var text = new DiagnosticFormatter(sources).Format(result.Diagnostics);

        Assert.Equal(2, result.Failed);
        Assert.Contains("report.scriban（demo 2021 年度的输出）(5,1): error GEN0304", text, StringComparison.Ordinal);
        Assert.Contains("report.scriban（demo 2022 年度的输出）(5,1): error GEN0304", text, StringComparison.Ordinal);
        Assert.Contains("    {h} 2021甲 | {h} 乙\n", text, StringComparison.Ordinal);
        Assert.Contains("    {h} 2022甲 | {h} 乙\n", text, StringComparison.Ordinal);
    }
}
