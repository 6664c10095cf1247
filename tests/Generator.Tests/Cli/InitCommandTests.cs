using System.Text.Json;
using Generator.Building;
using Generator.Cli;
using Generator.Cli.Commands;
using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Tests.Cli;

/// <summary>
/// <c>init</c> as staff use it with a downloaded executable: an empty folder becomes a working folder whose
/// year file is a draft, whose editor settings point at schemas next to the data, and which — filled in
/// from the sample it carries — builds byte for byte what the repository builds. It never overwrites.
/// </summary>
public sealed class InitCommandTests
{
    [Fact]
    public void An_empty_folder_filled_from_the_sample_builds_what_the_repository_builds()
    {
        var root = TestPaths.NewTempFolder();
        var work = Path.Combine(root, "年度 报告");

        var (code, stdout, stderr) = Init(work, "--bureau", "demo", "--year", "2022");

        Assert.Equal(string.Empty, stderr);
        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("已建立", stdout, StringComparison.Ordinal);
        var yearFile = Path.Combine(work, "data", "demo", "2022.yaml");
        Assert.StartsWith("# yaml-language-server: $schema=../../schema/report-2021.schema.json\n", File.ReadAllText(yearFile), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(work, "data", "demo", "bureau.yaml")));
        foreach (var schema in Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "schema")))
        {
            Assert.Equal(File.ReadAllBytes(schema), File.ReadAllBytes(Path.Combine(work, "schema", Path.GetFileName(schema))));
        }

        var guide = File.ReadAllBytes(Path.Combine(work, "使用说明.txt"));
        Assert.Equal([0xEF, 0xBB, 0xBF], guide[..3]);
        Assert.Contains("init", System.Text.Encoding.UTF8.GetString(guide), StringComparison.Ordinal);

        // Fresh from init the year is a draft: listed, not a failure.
        var draft = BuildCommandTests.Run("validate", "--data", Path.Combine(work, "data"));
        Assert.Equal(CommandLine.Ok, draft.Code);
        Assert.Contains("warning GEN0122", draft.Stderr, StringComparison.Ordinal);

        // Fill in from the sample init wrote out, build with the built-in templates, compare with the repository's build.
        foreach (var sample in Directory.EnumerateFiles(Path.Combine(work, "示例数据", "demo")))
        {
            File.Copy(sample, Path.Combine(work, "data", "demo", Path.GetFileName(sample)), overwrite: true);
        }

        var built = BuildCommandTests.Run("build", "--data", Path.Combine(work, "data"), "--out", Path.Combine(work, "out"));
        Assert.Equal(CommandLine.Ok, built.Code);
        var repository = TestPaths.NewTempFolder();
        Assert.True(new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(TestPaths.Data, TestPaths.Templates, repository, Bureau: "demo")).Succeeded);
        foreach (var year in new[] { "2021", "2022" })
        {
            foreach (var file in new[] { "report.html", "report.md", "report.docx" })
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(repository, "demo", year, file)), File.ReadAllBytes(Path.Combine(work, "out", "demo", year, file)));
            }
        }
    }

    [Fact]
    public void Editor_settings_give_every_year_the_schema_of_its_official_format()
    {
        var work = Path.Combine(TestPaths.NewTempFolder(), "w");
        Assert.Equal(CommandLine.Ok, Init(work, "--bureau", "jiyuan", "--year", "2025").Code);

        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, ".vscode", "settings.json")));
        var schemas = settings.RootElement.GetProperty("yaml.schemas").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString()!).ToList());
        foreach (var schema in schemas.Keys)
        {
            Assert.True(File.Exists(Path.Combine(work, schema)), schema);
        }

        Assert.Contains("data/*/bureau.yaml", schemas["./schema/bureau.schema.json"]);
        for (var year = 2019; year <= 2040; year++)
        {
            var expected = $"./schema/report-{ReportFormats.ForYear(year).Name()}.schema.json";
            var pattern = $"data/*/{year}.yaml";
            Assert.Equal([expected], schemas.Where(s => s.Value.Contains(pattern)).Select(s => s.Key));
        }
    }

    [Fact]
    public void Init_never_overwrites_and_lists_what_it_kept()
    {
        var work = Path.Combine(TestPaths.NewTempFolder(), "w");
        Assert.Equal(CommandLine.Ok, Init(work, "--bureau", "demo", "--year", "2024").Code);
        var bureau = Path.Combine(work, "data", "demo", "bureau.yaml");
        File.WriteAllText(bureau, "agency: 已填写的单位\n");
        File.WriteAllText(Path.Combine(work, "使用说明.txt"), "自己的笔记");

        var (code, stdout, _) = Init(work, "--bureau", "demo", "--year", "2024");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal("agency: 已填写的单位\n", File.ReadAllText(bureau));
        Assert.Equal("自己的笔记", File.ReadAllText(Path.Combine(work, "使用说明.txt")));
        Assert.Contains("新建 0 个文件", stdout, StringComparison.Ordinal);
        Assert.Contains("已有，未改动：", stdout, StringComparison.Ordinal);
        Assert.Contains(DisplayPath.Of(Path.Combine(work, "data", "demo", "2024.yaml")), stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_year_init_makes_this_years_file()
    {
        var work = Path.Combine(TestPaths.NewTempFolder(), "w");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = InitCommand.Run([work, "--bureau", "demo"], stdout, stderr, thisYear: 2031);

        Assert.Equal(CommandLine.Ok, code);
        Assert.True(File.Exists(Path.Combine(work, "data", "demo", "2031.yaml")));
    }

    [Theory]
    [InlineData("--year", "2024")]                    // no --bureau
    [InlineData("--bureau", "Jiyuan")]                // not a bureau id
    [InlineData("--bureau", "con")]                   // a Windows device name
    [InlineData("--bureau", "demo", "--out", "x")]    // not an option of init
    public void Init_refuses_a_wrong_command_line_and_writes_nothing(params string[] args)
    {
        var work = Path.Combine(TestPaths.NewTempFolder(), "w");

        var (code, _, stderr) = Init(work, args);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("error GEN0401", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work));
    }

    [Fact]
    public void Init_refuses_a_file_as_its_folder()
    {
        var file = Path.Combine(TestPaths.NewTempFolder(), "w");
        File.WriteAllText(file, "x");

        var (code, _, stderr) = Init(file, "--bureau", "demo");

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("是一个文件，不是文件夹", stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Init(string folder, params string[] args) => BuildCommandTests.Run(["init", folder, .. args]);
}
