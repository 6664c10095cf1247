using Generator.Building;
using Generator.Diagnostics;
using Generator.Tests.Cli;

namespace Generator.Tests.Unit.Building;

/// <summary>
/// A rebuild renders only reports whose inputs changed, writes only files whose bytes changed, and says
/// which reports changed, per format; <c>--dry-run</c> writes nothing, <c>--force</c> renders everything.
/// </summary>
public sealed class IncrementalBuildTests
{
    private readonly string _data = BuildCommandTests.CopySamples();
    private readonly string _templates = CopyTemplates();
    private readonly string _out = TestPaths.NewTempFolder();

    [Fact]
    public void A_rebuild_with_nothing_changed_writes_nothing_and_still_shows_the_warnings()
    {
        var first = Build();
        var stamps = Stamps();

        var (code, stdout, stderr) = Cli();

        Assert.Equal(0, code);
        Assert.Equal(7, first.Built);
        Assert.Contains("共 7 份报告：生成 0 份，7 份已是最新（跳过），0 份未生成", stdout, StringComparison.Ordinal);
        Assert.Contains("没有报告发生变化。", stdout, StringComparison.Ordinal);
        Assert.Equal(stamps, Stamps());
        // The waiver of dongxihu 2019 is shown on every build, with the line it refers to.
        Assert.Contains("info GEN0210", stderr, StringComparison.Ordinal);
        Assert.Contains("direct_suit:                [4, 0, 1, 1, 7]", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_change_rebuilds_that_report_and_the_change_report_names_it_in_every_format()
    {
        Build();
        var html = Path.Combine(_out, "demo", "2022", "report.html");
        var before = File.ReadAllBytes(html);
        var stamps = Stamps();
        Edit(Path.Combine(_data, "jiyuan", "2021.yaml"), "received:          [10, 0, 0, 0, 0, 0]", "received:          [10, 0, 0, 0, 0, 0]  # 核对过");
        Edit(Path.Combine(_data, "demo", "2022.yaml"), "（Markdown）\n", "（Markdown）\n  本年度新增一段说明。\n\n");

        var (code, stdout, _) = Cli("--diff");

        Assert.Equal(0, code);
        Assert.Contains("已重新生成 jiyuan 2021 年度：内容没有变化，文件未改写", stdout, StringComparison.Ordinal);
        Assert.Contains("已生成 demo 2022 年度：report.html（修改）、report.md（修改）、report.docx（修改）", stdout, StringComparison.Ordinal);
        Assert.Contains("有变化的报告 1 份，按格式：", stdout, StringComparison.Ordinal);
        Assert.Contains("  html（1 份）：demo 2022（修改）", stdout, StringComparison.Ordinal);
        Assert.Contains("  docx（1 份）：demo 2022（修改）", stdout, StringComparison.Ordinal);
        Assert.Contains("+本年度新增一段说明。", stdout, StringComparison.Ordinal);
        Assert.Matches(@"--- .*demo/2022/report\.md", stdout);
        Assert.NotEqual(before, File.ReadAllBytes(html));
        var after = Stamps();
        Assert.All(stamps.Where(s => !s.Key.StartsWith("demo/2022/", StringComparison.Ordinal)), s => Assert.Equal(s.Value, after[s.Key]));
    }

    [Fact]
    public void A_template_change_rebuilds_every_report_and_rewrites_only_the_changed_files()
    {
        Build();
        var stamps = Stamps();
        var template = Path.Combine(_templates, "2019", "report.scriban");
        File.AppendAllText(template, "\n本段为模板新增。\n");

        var result = Build();

        Assert.Equal(7, result.Built);
        var changed = result.Outcomes.Where(o => o.Changed).Select(o => $"{o.BureauId} {o.Year}").Order(StringComparer.Ordinal);
        Assert.Equal(["changle 2020", "dongxihu 2019", "guichi 2020", "luolong 2020"], changed);
        var after = Stamps();
        Assert.Equal(stamps["jiyuan/2021/report.docx"], after["jiyuan/2021/report.docx"]);
        Assert.NotEqual(stamps["dongxihu/2019/report.docx"], after["dongxihu/2019/report.docx"]);
    }

    [Fact]
    public void A_dry_run_reports_the_changes_and_writes_nothing()
    {
        Build();
        var stamps = Stamps();
        var manifest = File.ReadAllBytes(BuildManifest.PathIn(_out));
        Edit(Path.Combine(_data, "guichi", "2020.yaml"), "（Markdown）\n", "（Markdown）\n  预演时新增的一段。\n\n");

        var (code, stdout, _) = Cli("--dry-run", "--diff");

        Assert.Equal(0, code);
        Assert.Contains("将生成 guichi 2020 年度：report.html（修改）", stdout, StringComparison.Ordinal);
        Assert.Contains("预演（没有写入任何文件）：1 份报告将会变化", stdout, StringComparison.Ordinal);
        Assert.Contains("+预演时新增的一段。", stdout, StringComparison.Ordinal);
        Assert.Equal(stamps, Stamps());
        Assert.Equal(manifest, File.ReadAllBytes(BuildManifest.PathIn(_out)));

        // A dry run into a folder that does not exist leaves it not existing.
        var fresh = Path.Combine(TestPaths.NewTempFolder(), "out");
        Assert.Equal(0, BuildCommandTests.Run("build", "--data", _data, "--templates", _templates, "--out", fresh, "--dry-run").Code);
        Assert.False(Directory.Exists(fresh));
    }

    [Fact]
    public void Force_renders_everything_but_rewrites_nothing_that_is_the_same()
    {
        Build();
        var stamps = Stamps();

        var result = Build(force: true);

        Assert.Equal(7, result.Built);
        Assert.All(result.Outcomes, o => Assert.False(o.Changed));
        Assert.Equal(stamps, Stamps());
    }

    [Fact]
    public void A_deleted_or_edited_output_is_made_again()
    {
        Build();
        File.Delete(Path.Combine(_out, "luolong", "2020", "report.md"));
        File.WriteAllText(Path.Combine(_out, "changle", "2020", "report.html"), "hand-edited");

        var result = Build();

        Assert.Equal(2, result.Built);
        Assert.Equal(FileChange.Added, result.Outcomes.Single(o => o.BureauId == "luolong").Files.Single(f => f.Format == "md").Change);
        Assert.Equal(FileChange.Modified, result.Outcomes.Single(o => o.BureauId == "changle").Files.Single(f => f.Format == "html").Change);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(_out, "changle", "2020", "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_manifest_costs_a_full_rebuild_and_nothing_else()
    {
        Build();
        var stamps = Stamps();
        File.WriteAllText(BuildManifest.PathIn(_out), "{ not json");

        var result = Build();

        Assert.True(result.Succeeded);
        Assert.Equal(7, result.Built);
        Assert.Equal(stamps, Stamps());
        Assert.Equal(7, Build().UpToDate);
    }

    [Fact]
    public void A_new_engine_or_a_bureau_change_is_an_input_too()
    {
        Build();
        Edit(Path.Combine(_data, "demo", "bureau.yaml"), "agency: 示例市公安局", "agency: 示例市公安局交通管理支队");

        var result = Build();

        Assert.Equal(["demo 2021", "demo 2022"], result.Outcomes.Where(o => o.Status == ReportStatus.Built).Select(o => $"{o.BureauId} {o.Year}"));
        Assert.All(result.Outcomes.Where(o => o.BureauId == "demo"), o => Assert.True(o.Changed));
    }

    [Fact]
    public void Bureaus_built_in_parallel_give_the_same_result_as_one_at_a_time()
    {
        var serial = TestPaths.NewTempFolder();
        var one = new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(_data, _templates, serial, MaxParallelism: 1));
        var many = new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(_data, _templates, _out, MaxParallelism: 4));

        Assert.Equal(one.Diagnostics, many.Diagnostics);
        Assert.Equal(one.Outcomes.Select(o => (o.BureauId, o.Year)), many.Outcomes.Select(o => (o.BureauId, o.Year)));
        foreach (var file in Directory.EnumerateFiles(serial, "report.*", SearchOption.AllDirectories))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(_out, Path.GetRelativePath(serial, file))));
        }
    }

    private BuildResult Build(bool force = false) =>
        new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(_data, _templates, _out, Force: force));

    private (int Code, string Stdout, string Stderr) Cli(params string[] extra) =>
        BuildCommandTests.Run(["build", "--data", _data, "--templates", _templates, "--out", _out, .. extra]);

    /// <summary>Every report file with its length and last write time: what “writes nothing” means.</summary>
    private Dictionary<string, (long, DateTime)> Stamps() =>
        Directory.EnumerateFiles(_out, "report.*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_out, f).Replace('\\', '/'), f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f)), StringComparer.Ordinal);

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    internal static string CopyTemplates() => TestPaths.CopyToTemp(TestPaths.Templates);
}
