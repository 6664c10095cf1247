using AngleSharp.Html.Parser;
using Generator.Building;
using Generator.Diagnostics;
using Generator.Tests.Cli;

namespace Generator.Tests.Unit.Building;

/// <summary><c>out/index.html</c>: every report in the output folder, every format that is there, nothing else.</summary>
public sealed class SiteIndexTests
{
    [Fact]
    public void The_index_links_every_report_in_every_format_and_every_link_works()
    {
        var outFolder = TestPaths.NewTempFolder();
        new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(TestPaths.Data, TestPaths.Templates, outFolder));

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(outFolder, SiteIndex.FileName)));

        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("政府信息公开工作年度报告", page.Title);
        var links = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
        var reports = Directory.EnumerateFiles(outFolder, "report.*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(outFolder, "graphic.*", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(outFolder, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(7 * (Generator.Graphic.GraphicFonts.System is null ? 4 : 5), reports.Count);
        Assert.Subset(links.ToHashSet(StringComparer.Ordinal), reports);
        Assert.Superset(links.ToHashSet(StringComparer.Ordinal), reports);
        Assert.Equal(6, page.QuerySelectorAll("section h2").Length);
        Assert.Contains(page.QuerySelectorAll("section h2"), h => h.TextContent == "济源示范区公安局");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.TextContent == "示例市公安局2022年政府信息公开工作年度报告" && a.GetAttribute("href") == "demo/2022/report.html");
        Assert.All(page.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));
    }

    [Fact]
    public void The_index_keeps_reports_of_earlier_builds_and_escapes_agency_names()
    {
        var data = BuildCommandTests.CopySamples();
        var bureau = Path.Combine(data, "demo", "bureau.yaml");
        File.WriteAllText(bureau, File.ReadAllText(bureau).Replace("agency: 示例市公安局", "agency: \"<script>alert(1)</script>示例市公安局\"", StringComparison.Ordinal));
        var outFolder = TestPaths.NewTempFolder();
        new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(data, TestPaths.Templates, outFolder, Bureau: "jiyuan"));
        new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(data, TestPaths.Templates, outFolder, Bureau: "demo", Formats: ["md"]));

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(outFolder, SiteIndex.FileName)));

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Contains(page.QuerySelectorAll("section h2"), h => h.TextContent == "<script>alert(1)</script>示例市公安局");
        Assert.Equal(["demo/2022/report.md", "demo/2022/report.md", "demo/2021/report.md", "demo/2021/report.md",
            "jiyuan/2021/report.html", "jiyuan/2021/report.html", "jiyuan/2021/report.docx", "jiyuan/2021/report.md", "jiyuan/2021/graphic.svg",
            .. Generator.Graphic.GraphicFonts.System is null ? Array.Empty<string>() : ["jiyuan/2021/graphic.png"]],
            page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }
}
