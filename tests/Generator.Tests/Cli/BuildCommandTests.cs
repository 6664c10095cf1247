using Generator.Cli;

namespace Generator.Tests.Cli;

/// <summary>End to end through the command line: exit codes, Chinese diagnostics, and no partial output.</summary>
public sealed class BuildCommandTests
{
    [Fact]
    public void Build_writes_every_sample_in_every_format()
    {
        var outFolder = TestPaths.NewTempFolder();
        var (code, stdout, stderr) = Run("build", "--data", TestPaths.Data, "--templates", TestPaths.Templates, "--out", outFolder);

        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("共 7 份报告：生成 7 份，0 份已是最新（跳过），0 份未生成；0 个错误", stdout, StringComparison.Ordinal);
        Assert.Contains("info GEN0210", stderr, StringComparison.Ordinal); // the waiver of seed 003 is shown, never hidden
        var files = Directory.EnumerateFiles(outFolder, "report.*", SearchOption.AllDirectories).ToList();
        Assert.Equal(21, files.Count);
        Assert.True(File.Exists(Path.Combine(outFolder, "dongxihu", "2019", "report.html")));
        Assert.True(File.Exists(Path.Combine(outFolder, "dongxihu", "2019", "report.docx")));
        Assert.Contains("已生成 dongxihu 2019 年度：report.html、report.md、report.docx", stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(outFolder, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Bad_input_gives_located_Chinese_errors_and_no_output_for_that_report()
    {
        var data = CopySamples();
        var file = Path.Combine(data, "jiyuan", "2021.yaml");
        File.WriteAllText(file, File.ReadAllText(file)
            .Replace("received:          [10, 0, 0, 0, 0, 0]", "received:          [十, 0, 0, 0, 0, 0]", StringComparison.Ordinal)
            .Replace("  penalties:", "  penaltys:", StringComparison.Ordinal));
        var outFolder = TestPaths.NewTempFolder();

        var (code, stdout, stderr) = Run("build", "--data", data, "--templates", TestPaths.Templates, "--out", outFolder);

        Assert.Equal(CommandLine.InvalidInput, code);
        Assert.Matches(@"2021\.yaml\(\d+,\d+\): error GEN0103: requests\.received（.*）的“自然人”应是整数，这里写的是中文数字“十”", stderr);
        Assert.Contains("error GEN0101: 未知字段 penaltys，您是否想写 penalties？", stderr, StringComparison.Ordinal);
        Assert.Contains("^", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Contains("生成 6 份，0 份已是最新（跳过），1 份未生成", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(outFolder, "jiyuan")));
    }

    [Fact]
    public void A_failed_rebuild_keeps_the_previous_report()
    {
        var data = CopySamples();
        var outFolder = TestPaths.NewTempFolder();
        Assert.Equal(CommandLine.Ok, Run("build", "--data", data, "--templates", TestPaths.Templates, "--out", outFolder, "--bureau", "jiyuan").Code);
        var html = Path.Combine(outFolder, "jiyuan", "2021", "report.html");
        var before = File.ReadAllBytes(html);

        var file = Path.Combine(data, "jiyuan", "2021.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("format: 2021", "format: 2018", StringComparison.Ordinal));
        var (code, _, stderr) = Run("build", "--data", data, "--templates", TestPaths.Templates, "--out", outFolder, "--bureau", "jiyuan");

        Assert.Equal(CommandLine.InvalidInput, code);
        Assert.Contains("error GEN0110: 未知的官方格式“2018”", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(html));
    }

    [Fact]
    public void A_broken_bureau_file_is_reported_once_and_fails_every_year_of_that_bureau()
    {
        var data = CopySamples();
        File.AppendAllText(Path.Combine(data, "demo", "bureau.yaml"), "agencyy: 重复\n");
        var outFolder = TestPaths.NewTempFolder();

        var (code, stdout, stderr) = Run("build", "--data", data, "--templates", TestPaths.Templates, "--out", outFolder, "--bureau", "demo");

        Assert.Equal(CommandLine.InvalidInput, code);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(stderr, "error GEN0101: 未知字段 agencyy"));
        Assert.Contains("生成 0 份，0 份已是最新（跳过），2 份未生成", stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(outFolder, "demo")));
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--colour", "red")]
    [InlineData("--year", "二〇二一")]
    public void Usage_errors_exit_with_2(string option, string value)
    {
        var (code, _, stderr) = Run("build", option, value);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("error GEN0401", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_exits_with_2() => Assert.Equal(CommandLine.UsageError, Run("publish").Code);

    [Fact]
    public void Missing_data_folder_is_a_clear_error()
    {
        var (code, _, stderr) = Run("build", "--data", Path.Combine(TestPaths.NewTempFolder(), "nope"), "--templates", TestPaths.Templates);

        Assert.Equal(CommandLine.InvalidInput, code);
        Assert.Contains("error GEN0001: 找不到数据文件夹", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_requested_bureau_year_and_format_are_built()
    {
        var outFolder = TestPaths.NewTempFolder();
        var (code, _, _) = Run("build", "--data", TestPaths.Data, "--templates", TestPaths.Templates, "--out", outFolder,
            "--bureau", "demo", "--year", "2022", "--format", "md");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal(["demo/2022/report.md", "index.html"], Directory.EnumerateFiles(outFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outFolder, f).Replace('\\', '/')).Where(f => !f.StartsWith(".generator/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dump_shows_the_document_model_with_source_positions()
    {
        var (code, stdout, _) = Run("dump", "--data", TestPaths.Data, "--templates", TestPaths.Templates, "--bureau", "jiyuan");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("== jiyuan 2021", stdout, StringComparison.Ordinal);
        Assert.Matches(@"Paragraph @ .*jiyuan/2021\.yaml\(7,3\)", stdout);
        Assert.Matches(@"TableCell Kind=RowHeader Text=""三、本年度办理结果"" Column=0 RowSpan=22 ColSpan=1 @ .*report\.scriban（jiyuan 2021 年度的输出）", stdout);
    }

    internal static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    internal static string CopySamples() => TestPaths.CopyToTemp(TestPaths.Data, "*.yaml");
}
