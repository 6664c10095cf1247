using Generator.Cli;
using Generator.Tests.Golden;

namespace Generator.Tests.Cli;

/// <summary>
/// <c>validate --fix</c> as staff use it: the four unambiguous kinds of Chinese-keyboard slip in a copied sample
/// are fixed in place and the reports built from the fixed file are byte for byte those of the sample; a file
/// with an error no fix can mend is not touched at all.
/// </summary>
public sealed class ValidateFixTests
{
    [Fact]
    public void The_four_kinds_are_fixed_and_the_reports_are_the_samples_byte_for_byte()
    {
        var data = BuildCommandTests.CopySamples();
        var file = Path.Combine(data, "demo", "2022.yaml");
        var text = File.ReadAllText(file);
        text = Replace(text, "  received:          [23, 1, 0, 1, 0, 1]", "  received：         [２３, 1, 0, 1, 0, 1]");  // 全角冒号, 全角数字
        text = Replace(text, "  carried_in:        [2, 0, 0, 0, 0, 0]", "  carried_in:        [2，0、0, 0, 0, 0]");    // 中文逗号, 顿号
        text = Replace(text, "  disclosed:         [11, 1, 0, 0, 0, 1]", "  disclosed:         [11件, 1, 0, 0, 0, 1]"); // 12件
        File.WriteAllText(file, text);
        Assert.Equal(CommandLine.InvalidInput, BuildCommandTests.Run("validate", "--templates", TestPaths.Templates, "--data", data, "--bureau", "demo").Code);

        var (code, stdout, stderr) = BuildCommandTests.Run("validate", "--templates", TestPaths.Templates, "--data", data, "--bureau", "demo", "--fix");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("已改正", stdout, StringComparison.Ordinal);
        var fixedBuild = CaseRunner.Build(data, TestPaths.Templates, data, "demo", 2022);
        var sampleBuild = CaseRunner.Build(TestPaths.Data, TestPaths.Templates, TestPaths.RepoRoot, "demo", 2022);
        Assert.True(fixedBuild.Result.Succeeded, fixedBuild.Diagnostics);
        foreach (var name in new[] { "report.html", "report.md", "report.docx" })
        {
            Assert.Equal(sampleBuild.Bytes["demo/2022/" + name], fixedBuild.Bytes["demo/2022/" + name]);
        }
    }

    [Fact]
    public void A_file_with_an_error_no_fix_mends_is_left_byte_for_byte()
    {
        var data = BuildCommandTests.CopySamples();
        var file = Path.Combine(data, "demo", "2022.yaml");
        var text = Replace(File.ReadAllText(file), "  received:          [23, 1, 0, 1, 0, 1]", "  received：         [二十三, 1, 0, 1, 0, 1]");
        File.WriteAllText(file, text);
        var before = File.ReadAllBytes(file);

        var (code, stdout, _) = BuildCommandTests.Run("validate", "--templates", TestPaths.Templates, "--data", data, "--bureau", "demo", "--fix");

        Assert.Equal(CommandLine.InvalidInput, code);
        Assert.Contains("未改动", stdout, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(file));
    }

    private static string Replace(string text, string find, string replacement)
    {
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replacement, StringComparison.Ordinal);
    }
}
