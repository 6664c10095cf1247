using Generator.Tests.Golden;

namespace Generator.Tests.Seeds;

/// <summary>
/// Every sample in data/ (the five seed reports and the two-year demo bureau) has golden HTML and
/// Markdown, and the pretty-printed <c>word/document.xml</c> of its Word file, in <c>Specs/000-samples/&lt;bureau&gt;-&lt;year&gt;/</c>.
/// </summary>
public sealed class SampleReportTests
{
    public static TheoryData<string, int> Samples()
    {
        var data = new TheoryData<string, int>();
        foreach (var bureau in Directory.EnumerateDirectories(TestPaths.Data).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(bureau, "????.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(bureau), int.Parse(Path.GetFileNameWithoutExtension(file), System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_matches_its_golden_files(string bureau, int year)
    {
        var folder = Path.Combine(TestPaths.Specs, "000-samples", $"{bureau}-{year}");
        Directory.CreateDirectory(folder);
        var outcome = CaseRunner.Build(TestPaths.Data, TestPaths.Templates, TestPaths.RepoRoot, bureau, year);

        Assert.True(outcome.Result.Succeeded, outcome.Diagnostics);
        GoldenFile.Verify(outcome.Diagnostics, folder, "diagnostics", "txt");
        GoldenFile.Verify(outcome.Files[$"{bureau}/{year}/report.html"], folder, "report", "html");
        GoldenFile.Verify(outcome.Files[$"{bureau}/{year}/report.md"], folder, "report", "md");
        GoldenFile.Verify(WordXml.PrettyDocument(outcome.Bytes[$"{bureau}/{year}/report.docx"]), folder, "report", "docx.xml");
        GoldenFile.Verify(outcome.Files[$"{bureau}/{year}/graphic.svg"], folder, "graphic", "svg");
    }

    [Fact]
    public void Two_builds_give_identical_bytes()
    {
        var first = CaseRunner.Build(TestPaths.Data, TestPaths.Templates, TestPaths.RepoRoot);
        var second = CaseRunner.Build(TestPaths.Data, TestPaths.Templates, TestPaths.RepoRoot);

        // 7 reports × (3 formats, graphic.svg and, where a CJK font is installed, graphic.png) and the site index.
        Assert.Equal((7 * (Generator.Graphic.GraphicFonts.System is null ? 4 : 5)) + 1, first.Bytes.Count);
        Assert.Contains("index.html", first.Bytes.Keys);
        Assert.Equal(first.Bytes.Keys.Order(StringComparer.Ordinal), second.Bytes.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in first.Bytes)
        {
            Assert.Equal(bytes, second.Bytes[name]);
        }
    }
}
