using Generator.Data;
using Generator.Tests.Cli;

namespace Generator.Tests.Unit.Data;

/// <summary>
/// A bureau id becomes a folder in <c>out/</c> and a part of published URLs: only names that are safe
/// on every system and cannot climb out of the output folder are accepted.
/// </summary>
public sealed class BureauIdTests
{
    [Theory]
    [InlineData("jiyuan")]
    [InlineData("guichi-2")]
    [InlineData("0371")]
    [InlineData("console")]
    [InlineData("com10")]
    public void Plain_lower_case_names_are_ids(string id) => Assert.True(DataFolder.IsBureauId(id));

    [Theory]
    [InlineData("..")]
    [InlineData("../out")]
    [InlineData("/etc")]
    [InlineData("C:")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("Jiyuan")]
    [InlineData("济源")]
    [InlineData("ｊｉｙｕａｎ")] // full-width letters look the same and are not
    [InlineData("jiyuan\u200b")] // zero-width space
    [InlineData("jiyuan.")] // Windows drops a trailing dot
    [InlineData("jiyuan ")]
    [InlineData("-jiyuan")]
    [InlineData("")]
    [InlineData("con")]
    [InlineData("nul")]
    [InlineData("aux")]
    [InlineData("prn")]
    [InlineData("com1")]
    [InlineData("lpt9")]
    public void Names_that_are_unsafe_or_ambiguous_are_not(string id) => Assert.False(DataFolder.IsBureauId(id));

    [Fact]
    public void A_bureau_option_that_climbs_out_finds_nothing_and_writes_nothing()
    {
        var root = TestPaths.NewTempFolder();
        var outFolder = Path.Combine(root, "out");

        var (code, _, stderr) = BuildCommandTests.Run("build", "--data", TestPaths.Data, "--templates", TestPaths.Templates, "--out", outFolder, "--bureau", "../data/jiyuan");

        Assert.Equal(1, code);
        Assert.Contains("error GEN0001", stderr, StringComparison.Ordinal);
        Assert.Equal(["out"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName));
        Assert.Empty(Directory.EnumerateFiles(outFolder, "report.*", SearchOption.AllDirectories));
    }
}
