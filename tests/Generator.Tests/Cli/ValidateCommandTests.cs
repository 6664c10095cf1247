using System.Text.Json;
using Generator.Cli;

namespace Generator.Tests.Cli;

/// <summary><c>validate</c> end to end: every problem at once, Chinese, located, with hints; JSON for machines; nothing written.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public void Samples_validate_clean()
    {
        var (code, stdout, stderr) = BuildCommandTests.Run("validate", "--templates", TestPaths.Templates, "--data", TestPaths.Data);

        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("共检查 7 份报告数据，0 份有错误；0 个错误，0 个警告。", stdout, StringComparison.Ordinal);
        Assert.Contains("info GEN0210", stderr, StringComparison.Ordinal); // the waiver of seed 003 is listed, never hidden
    }

    [Fact]
    public void Wrong_total_misspelt_key_and_text_in_a_number_give_three_located_Chinese_errors()
    {
        var (data, lines) = BrokenDemo();

        var (code, stdout, stderr) = BuildCommandTests.Run("validate", "--templates", TestPaths.Templates, "--data", data, "--bureau", "demo", "--year", "2022");

        Assert.Equal(CommandLine.InvalidInput, code);
        Assert.Contains("1 份有错误；3 个错误", stdout, StringComparison.Ordinal);
        Assert.Matches($@"demo/2022\.yaml\({lines.Total},\d+\): error GEN0204: 表3 appeals\.reconsideration：总计（4）不等于各项之和（3）\n.*\n *\^\n *提示：", stderr);
        Assert.Matches($@"demo/2022\.yaml\({lines.Key},3\): error GEN0101: 未知字段 penaltys，您是否想写 penalties？\n.*\n *\^\n *提示：请改为 penalties。", stderr);
        Assert.Matches($@"demo/2022\.yaml\({lines.Text},\d+\): error GEN0103: requests\.disclosed（（一）予以公开）的“自然人”应是整数，这里写的是中文数字“十一”\n.*\n *\^\n *提示：", stderr);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(data, "..", "out")));
    }

    [Fact]
    public void Json_format_lists_the_same_diagnostics_for_machines()
    {
        var (data, lines) = BrokenDemo();

        var (code, stdout, stderr) = BuildCommandTests.Run("validate", "--templates", TestPaths.Templates, "--data", data, "--bureau", "demo", "--year", "2022", "--format", "json");

        Assert.Equal(CommandLine.InvalidInput, code);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["GEN0101", "GEN0103", "GEN0204"], items.Select(i => i.GetProperty("code").GetString()).Order(StringComparer.Ordinal));
        var typo = items.Single(i => i.GetProperty("code").GetString() == "GEN0101");
        Assert.Equal(lines.Key, typo.GetProperty("line").GetInt32());
        Assert.Equal(3, typo.GetProperty("column").GetInt32());
        Assert.Equal("error", typo.GetProperty("severity").GetString());
        Assert.EndsWith("demo/2022.yaml", typo.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal("请改为 penalties。", typo.GetProperty("hint").GetString());
        Assert.Contains("未知字段 penaltys", typo.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "html")]
    [InlineData("--out", "out")]
    public void Usage_errors_exit_with_2(string option, string value) =>
        Assert.Equal(CommandLine.UsageError, BuildCommandTests.Run("validate", option, value).Code);

    [Fact]
    public void Build_runs_the_cross_year_checks_too()
    {
        var data = BuildCommandTests.CopySamples();
        var file = Path.Combine(data, "demo", "2022.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("in_force: 6 }", "in_force: 7 }", StringComparison.Ordinal));

        var (code, _, stderr) = BuildCommandTests.Run("build", "--data", data, "--templates", TestPaths.Templates, "--out", TestPaths.NewTempFolder(), "--bureau", "demo");

        Assert.Equal(CommandLine.Ok, code); // a warning: the form states no relation across years
        Assert.Contains("warning GEN0222", stderr, StringComparison.Ordinal);
    }

    /// <summary>The demo's 2022 file with the three mistakes of the brief, and the 1-based lines they are on.</summary>
    private static (string Data, (int Total, int Key, int Text) Lines) BrokenDemo()
    {
        var data = BuildCommandTests.CopySamples();
        var file = Path.Combine(data, "demo", "2022.yaml");
        var lines = File.ReadAllLines(file);
        int Edit(string from, string to)
        {
            var i = Array.FindIndex(lines, l => l.Contains(from, StringComparison.Ordinal));
            lines[i] = lines[i].Replace(from, to, StringComparison.Ordinal);
            return i + 1;
        }

        var total = Edit("reconsideration:            [2, 0, 1, 0]", "reconsideration:            [2, 0, 1, 0, 4]");
        var key = Edit("  penalties:", "  penaltys:");
        var text = Edit("disclosed:         [11, 1, 0, 0, 0, 1]", "disclosed:         [十一, 1, 0, 0, 0, 1]");
        File.WriteAllLines(file, lines);
        return (data, (total, key, text));
    }
}
