using System.Text.RegularExpressions;
using Generator.Cli;

namespace Generator.Tests.Cli;

/// <summary>
/// <c>new</c> end to end: the file it writes, once its blank figures are filled with consistent
/// numbers and its placeholders with text, validates without a single warning (so the carried-over
/// figures satisfy the cross-year checks); and it never overwrites a file.
/// </summary>
public sealed partial class NewCommandTests
{
    /// <summary>What a file fresh from new still lacks: text for its placeholders (GEN0117) and figures for its blank tables (GEN0119).</summary>
    private static readonly string[] DraftCodes = ["GEN0117", "GEN0119"];

    [Theory]
    [InlineData("demo", 2023)]      // 2021 format → 2021 format: 上年结转 and 现行有效件数 carried
    [InlineData("dongxihu", 2020)]  // 2019 format → 2019 format: 上一年项目数量 carried
    [InlineData("guichi", 2021)]    // 2020 (2019 format) → 2021 (2021 format): only 上年结转 carries
    [InlineData("jiyuan", 2025)]    // latest year is 2021, not the year before: nothing carried
    public void New_file_once_filled_in_validates_clean(string bureau, int year)
    {
        var data = BuildCommandTests.CopySamples();
        var file = Path.Combine(data, bureau, $"{year}.yaml");

        var (code, stdout, stderr) = BuildCommandTests.Run("new", "--data", data, "--bureau", bureau, "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("已建立", stdout, StringComparison.Ordinal);
        var text = File.ReadAllText(file);
        var schema = year >= 2021 ? "report-2021" : "report-2019";
        Assert.StartsWith($"# yaml-language-server: $schema=../../schema/{schema}.schema.json\n", text, StringComparison.Ordinal);

        // As written, the placeholders and the tables without a single figure stop it; blank cells alone would not (blank is not 0).
        var unfilled = BuildCommandTests.Run("validate", "--templates", TestPaths.Templates, "--data", data, "--bureau", bureau, "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(CommandLine.InvalidInput, unfilled.Code);
        Assert.All(Regex.Matches(unfilled.Stderr, @"(error|warning) (GEN\d{4})").Select(m => m.Groups[2].Value), c => Assert.Contains(c, DraftCodes));

        // It is a draft: checking every year of the bureau leaves it out with one warning, and does not fail.
        var all = BuildCommandTests.Run("validate", "--templates", TestPaths.Templates, "--data", data, "--bureau", bureau);
        Assert.Equal(CommandLine.Ok, all.Code);
        Assert.Single(Regex.Matches(all.Stderr, @"warning GEN0122: 草稿，未生成"));

        File.WriteAllText(file, FillIn(text));
        var (validateCode, _, validateErrors) = BuildCommandTests.Run("validate", "--templates", TestPaths.Templates, "--data", data, "--bureau", bureau, "--year", year.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(string.Empty, validateErrors);
        Assert.Equal(CommandLine.Ok, validateCode);
    }

    [Fact]
    public void A_new_bureau_gets_a_blank_bureau_file_that_validates_once_filled_in()
    {
        var data = BuildCommandTests.CopySamples();

        var (code, stdout, _) = BuildCommandTests.Run("new", "--data", data, "--bureau", "newcity", "--year", "2025");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("这是一个新单位", stdout, StringComparison.Ordinal);
        var bureauFile = Path.Combine(data, "newcity", "bureau.yaml");
        Assert.StartsWith("# yaml-language-server: $schema=../../schema/bureau.schema.json\n", File.ReadAllText(bureauFile), StringComparison.Ordinal);
        // Its only year is a draft, so checking the bureau leaves it out; asking for the year shows the bureau file's errors too.
        var unfilled = BuildCommandTests.Run("validate", "--templates", TestPaths.Templates, "--data", data, "--bureau", "newcity", "--year", "2025");
        Assert.Contains("error GEN0102: agency（机关全称）不能为空", unfilled.Stderr, StringComparison.Ordinal);
        Assert.Equal(CommandLine.Ok, BuildCommandTests.Run("validate", "--templates", TestPaths.Templates, "--data", data, "--bureau", "newcity").Code);

        File.WriteAllText(bureauFile, File.ReadAllText(bureauFile).Replace("agency: ~", "agency: 新城市公安局", StringComparison.Ordinal));
        var yearFile = Path.Combine(data, "newcity", "2025.yaml");
        File.WriteAllText(yearFile, FillIn(File.ReadAllText(yearFile)));
        var (validateCode, _, stderr) = BuildCommandTests.Run("validate", "--templates", TestPaths.Templates, "--data", data, "--bureau", "newcity");

        Assert.Equal(string.Empty, stderr);
        Assert.Equal(CommandLine.Ok, validateCode);
    }

    [Fact]
    public void New_never_overwrites_an_existing_file()
    {
        var data = BuildCommandTests.CopySamples();
        var file = Path.Combine(data, "demo", "2022.yaml");
        var before = File.ReadAllBytes(file);

        var (code, stdout, stderr) = BuildCommandTests.Run("new", "--data", data, "--bureau", "demo", "--year", "2022");

        Assert.Equal(CommandLine.InvalidInput, code);
        Assert.Contains("error GEN0403", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("已建立", stdout, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(file));
    }

    [Theory]
    [InlineData("--year", "2025")]
    [InlineData("--bureau", "demo")]
    public void New_needs_bureau_and_year(string option, string value) =>
        Assert.Equal(CommandLine.UsageError, BuildCommandTests.Run("new", "--data", BuildCommandTests.CopySamples(), option, value).Code);

    [Theory]
    [InlineData("New City")]
    [InlineData("con")] // a Windows device name: build refuses it (GEN0404), so new must not create it
    public void New_refuses_a_bureau_name_that_build_would_refuse(string bureau) =>
        Assert.Equal(CommandLine.UsageError, BuildCommandTests.Run("new", "--data", BuildCommandTests.CopySamples(), "--bureau", bureau, "--year", "2025").Code);

    /// <summary>
    /// What a member of staff would do: 0 in every blank figure, this year's applications all
    /// disclosed (so 一 + 二 = （七） + 四 holds with the carried-over row), 现行有效件数 as the comment
    /// says, and text instead of each placeholder.
    /// </summary>
    private static string FillIn(string text)
    {
        var carriedIn = CarriedIn().Match(text).Groups[1].Value;
        var lines = text.Split('\n').Select(line =>
        {
            if (line.StartsWith("  【待填写】", StringComparison.Ordinal))
            {
                return "  本年度的实际情况。";
            }

            if (line.StartsWith("processing_fee:", StringComparison.Ordinal) || line.StartsWith("signed_on:", StringComparison.Ordinal))
            {
                return line; // optional; left blank
            }

            if (line.StartsWith("  disclosed:", StringComparison.Ordinal))
            {
                line = Row().Replace(line, "[" + carriedIn.Replace("~", "0", StringComparison.Ordinal) + "]", 1);
            }

            if (InForceComment().Match(line) is { Success: true } m)
            {
                line = line.Replace("in_force: ~", "in_force: " + m.Groups[1].Value, StringComparison.Ordinal);
            }

            var hash = line.IndexOf('#', StringComparison.Ordinal);
            return hash < 0 ? line.Replace("~", "0", StringComparison.Ordinal) : line[..hash].Replace("~", "0", StringComparison.Ordinal) + line[hash..];
        });
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"carried_in:\s*\[([^\]]*)\]")]
    private static partial Regex CarriedIn();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Row();

    [GeneratedRegex(@"现行有效件数 = (\d+) \+")]
    private static partial Regex InForceComment();
}
