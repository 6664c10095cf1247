using Generator.Bench.Synthetic;
using Generator.Building;
using Generator.Diagnostics;

namespace Generator.Tests.Unit.Bench;

/// <summary>
/// The benchmark's synthetic data must stay valid as the engine's checks grow, or the benchmark would
/// time failing builds: a few bureaus across the 2020→2021 format change validate clean and build.
/// </summary>
public sealed class SyntheticDataTests
{
    [Fact]
    public void Synthetic_reports_across_the_format_change_validate_without_warnings_and_build()
    {
        var data = TestPaths.NewTempFolder();
        var written = SyntheticData.Write(data, bureaus: 2, years: 3, seed: 7, firstYear: 2019);

        var validation = new ReportBuilder(new SourceTextCache()).Validate(new BuildOptions(data, TestPaths.Templates));
        Assert.Equal(6, written);
        Assert.Equal(6, validation.Checked);
        var bad = validation.Diagnostics.Where(d => d.Severity != Severity.Info).Select(d => $"{d.Code} {d.Message}").ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad));

        var outFolder = TestPaths.NewTempFolder();
        var build = new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(data, TestPaths.Templates, outFolder));
        Assert.True(build.Succeeded);
        Assert.Equal(6, build.Reports.Count);
        // HTML, Markdown, Word and graphic.svg, and graphic.png where a CJK font is installed.
        Assert.Equal(6 * (Generator.Graphic.GraphicFonts.System is null ? 4 : 5), build.Reports.Sum(r => r.Files.Count));
    }

    [Fact]
    public void The_same_seed_writes_the_same_files_and_a_bureau_does_not_depend_on_how_many_are_written()
    {
        var one = TestPaths.NewTempFolder();
        var two = TestPaths.NewTempFolder();
        SyntheticData.Write(one, bureaus: 1, years: 4, seed: 11);
        SyntheticData.Write(two, bureaus: 3, years: 4, seed: 11);

        var files = Directory.EnumerateFiles(one, "*.yaml", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(one, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(5, files.Count);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, file)), File.ReadAllBytes(Path.Combine(two, file)));
        }
    }
}
