using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Graphic;
using Generator.Tests.Golden;
using Generator.Validation.YearOverYear;

namespace Generator.Tests.Unit.Graphic;

/// <summary>
/// The 一图读懂 of every sample: every key figure is in the SVG as text (blank as “未填报”, never 0), the HTML page
/// carries the same figures as a table, the SVG is a portrait, accessible image with CJK as text, and the PNG
/// is the same bytes each time it is drawn.
/// </summary>
public sealed partial class GraphicSampleTests
{
    private static readonly Lazy<CaseRunner.Outcome> Samples = new(() => CaseRunner.Build(TestPaths.Data, TestPaths.Templates, TestPaths.RepoRoot));

    /// <summary>The samples built once, shared with <see cref="GraphicLayoutTests"/>.</summary>
    internal static CaseRunner.Outcome SampleOutcome => Samples.Value;

    public static TheoryData<string, int> Reports() => Seeds.SampleReportTests.Samples();

    [Fact]
    public void Every_sample_gets_graphic_svg_and_png()
    {
        var outcome = Samples.Value;
        Assert.True(outcome.Result.Succeeded, outcome.Diagnostics);
        foreach (var (bureau, year) in Reports().Select(r => ((string)r[0], (int)r[1])))
        {
            Assert.Contains($"{bureau}/{year}/graphic.svg", outcome.Bytes.Keys);
            if (GraphicFonts.System is not null)
            {
                Assert.Contains($"{bureau}/{year}/graphic.png", outcome.Bytes.Keys);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_key_figure_is_in_the_svg_as_text(string bureau, int year)
    {
        var report = Load(bureau, year);
        var svg = XDocument.Parse(Samples.Value.Files[$"{bureau}/{year}/graphic.svg"]);
        var root = svg.Root!;
        var texts = root.Descendants(Svg("text")).Select(t => Squash(t.Value)).ToList();

        foreach (var figure in KeyFigures.Of(report.Format))
        {
            Assert.Contains(figure.Label, texts);
            var value = figure.Read(report);
            if (value is null)
            {
                Assert.Contains("未填报", texts);
            }
            else
            {
                var printed = value.Value.ToString("0.############", CultureInfo.InvariantCulture) + figure.Unit;
                Assert.True(texts.Exists(t => t.StartsWith(printed, StringComparison.Ordinal)), $"{figure.Label} {printed} is not in the SVG's text");
            }
        }

        // The agency's name (CJK) is text, and nothing is drawn as outlines.
        Assert.Contains(Squash(report.Bureau.Agency), texts);
        Assert.Empty(root.Descendants(Svg("path")));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_svg_is_a_portrait_accessible_image(string bureau, int year)
    {
        var root = XDocument.Parse(Samples.Value.Files[$"{bureau}/{year}/graphic.svg"]).Root!;

        Assert.Equal("1080", root.Attribute("width")?.Value);
        Assert.True(double.Parse(root.Attribute("height")!.Value, CultureInfo.InvariantCulture) > 1080);
        Assert.Equal("img", root.Attribute("role")?.Value);
        var title = root.Element(Svg("title"))!;
        var desc = root.Element(Svg("desc"))!;
        Assert.Contains("一图读懂", title.Value, StringComparison.Ordinal);
        Assert.Equal($"{title.Attribute("id")!.Value} {desc.Attribute("id")!.Value}", root.Attribute("aria-labelledby")?.Value);

        // The description says every figure too, for readers of the SVG alone.
        var report = Load(bureau, year);
        foreach (var figure in KeyFigures.Of(report.Format))
        {
            Assert.Contains(figure.Label, desc.Value, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_html_page_has_the_same_figures_as_a_table(string bureau, int year)
    {
        var report = Load(bureau, year);
        var page = new HtmlParser().ParseDocument(Samples.Value.Files[$"{bureau}/{year}/report.html"]);
        var image = page.QuerySelector("aside.graphic img")!;
        Assert.Equal("graphic.svg", image.GetAttribute("src"));
        Assert.False(string.IsNullOrWhiteSpace(image.GetAttribute("alt")));
        Assert.Contains(page.QuerySelectorAll("aside.graphic a"), a => a.GetAttribute("href") == "graphic.png");

        var rows = page.QuerySelectorAll("table.graphic-figures tbody tr")
            .Select(r => (Label: r.QuerySelector("th")!.TextContent, Value: r.QuerySelectorAll("td")[1].TextContent)).ToList();
        foreach (var figure in KeyFigures.Of(report.Format))
        {
            var value = figure.Read(report);
            var printed = value is null ? "未填报" : value.Value.ToString("0.############", CultureInfo.InvariantCulture) + figure.Unit;
            Assert.Contains(rows, r => r.Label == figure.Label && r.Value.StartsWith(printed, StringComparison.Ordinal));
        }

        // The SVG's text and the table agree figure by figure: every table value is in the SVG.
        var texts = XDocument.Parse(Samples.Value.Files[$"{bureau}/{year}/graphic.svg"]).Root!.Descendants(Svg("text")).Select(t => Squash(t.Value)).ToList();
        foreach (var (label, value) in rows)
        {
            var number = Squash(value.Split('（')[0]);
            Assert.True(texts.Exists(t => t.StartsWith(number, StringComparison.Ordinal) || t.EndsWith(number, StringComparison.Ordinal)), $"{label} {number} is in the table but not in the SVG");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Reports))]
    public void The_png_is_drawn_to_the_same_bytes_every_time(string bureau, int year)
    {
        Skip.If(GraphicFonts.System is null, "no CJK font installed (fonts-noto-cjk)");
        var svg = Samples.Value.Files[$"{bureau}/{year}/graphic.svg"];

        var first = PngRenderer.Render(svg, GraphicFonts.System!);
        var second = PngRenderer.Render(svg, GraphicFonts.System!);

        Assert.Equal(first, second);
        Assert.Equal(Samples.Value.Bytes[$"{bureau}/{year}/graphic.png"], first);
        Assert.Equal("\x89PNG", System.Text.Encoding.Latin1.GetString(first, 0, 4));
        Assert.Equal(1080, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(first.AsSpan(16, 4)));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_text_has_enough_contrast_with_what_is_behind_it(string bureau, int year)
    {
        var root = XDocument.Parse(Samples.Value.Files[$"{bureau}/{year}/graphic.svg"]).Root!;
        var rects = new List<(double X, double Y, double W, double H, string Fill)>();
        foreach (var element in root.Descendants())
        {
            if (element.Name == Svg("rect"))
            {
                rects.Add((Number(element, "x"), Number(element, "y"), Number(element, "width"), Number(element, "height"), element.Attribute("fill")!.Value));
            }
            else if (element.Name == Svg("text"))
            {
                var (x, y) = (Number(element, "x"), Number(element, "y") - (Number(element, "font-size") / 3));
                var behind = rects.Last(r => x >= r.X && x <= r.X + r.W && y >= r.Y && y <= r.Y + r.H).Fill;
                foreach (var fill in element.DescendantsAndSelf().Select(e => e.Attribute("fill")?.Value).OfType<string>())
                {
                    var ratio = Contrast(fill, behind);
                    Assert.True(ratio >= 4.5, $"“{element.Value}”: {fill} on {behind} has contrast {ratio:0.00}");
                }
            }
        }
    }

    [Fact]
    public void A_report_whose_table_2_lacks_a_headline_total_gets_no_graphic_and_its_old_one_goes()
    {
        var data = Cli.BuildCommandTests.CopySamples();
        var outFolder = TestPaths.NewTempFolder();
        var builder = new Generator.Building.ReportBuilder(new SourceTextCache());
        builder.Build(new Generator.Building.BuildOptions(data, TestPaths.Templates, outFolder, "jiyuan"));
        Assert.True(File.Exists(Path.Combine(outFolder, "jiyuan", "2021", "graphic.svg")));

        var file = Path.Combine(data, "jiyuan", "2021.yaml");
        var text = File.ReadAllText(file);
        File.WriteAllText(file, CarriedOut().Replace(text, "carried_out: [~, ~, ~, ~, ~, ~]", 1));
        var result = builder.Build(new Generator.Building.BuildOptions(data, TestPaths.Templates, outFolder, "jiyuan"));

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCode.GraphicSkipped.Id);
        Assert.False(File.Exists(Path.Combine(outFolder, "jiyuan", "2021", "graphic.svg")));
        Assert.False(File.Exists(Path.Combine(outFolder, "jiyuan", "2021", "graphic.png")));
        Assert.Contains(result.Outcomes.Single().Files, f => f.Change == Generator.Building.FileChange.Removed && f.Path.EndsWith("graphic.svg", StringComparison.Ordinal));
        Assert.DoesNotContain("graphic.svg", File.ReadAllText(Path.Combine(outFolder, "jiyuan", "2021", "report.html")), StringComparison.Ordinal);

        // Nothing changed since: the report is up to date, its graphic still absent.
        var again = builder.Build(new Generator.Building.BuildOptions(data, TestPaths.Templates, outFolder, "jiyuan"));
        Assert.Equal(Generator.Building.ReportStatus.UpToDate, again.Outcomes.Single().Status);
        Assert.DoesNotContain(again.Outcomes.Single().Files, f => f.Path.Contains("graphic", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_makes_and_checks_the_graphic_like_build_and_writes_nothing()
    {
        // jiyuan loses a headline total (no graphic, GEN0253); the others' graphic template writes a script (GEN0254).
        var data = Cli.BuildCommandTests.CopySamples();
        var file = Path.Combine(data, "jiyuan", "2021.yaml");
        File.WriteAllText(file, CarriedOut().Replace(File.ReadAllText(file), "carried_out: [~, ~, ~, ~, ~, ~]", 1));
        var templates = TestPaths.CopyToTemp(TestPaths.Templates);
        var graphic = Path.Combine(templates, "common", "graphic.scriban");
        File.WriteAllText(graphic, File.ReadAllText(graphic).Replace("</svg>", "<script>alert(1)</script>\n</svg>", StringComparison.Ordinal));
        var outFolder = Path.Combine(TestPaths.NewTempFolder(), "out");
        var options = new Generator.Building.BuildOptions(data, templates, outFolder);

        var validated = new Generator.Building.ReportBuilder(new SourceTextCache()).Validate(options);
        var built = new Generator.Building.ReportBuilder(new SourceTextCache()).Build(options with { DryRun = true });

        Assert.False(Directory.Exists(outFolder), "validate wrote into the output folder");
        Assert.Contains(validated.Diagnostics, d => d.Code == DiagnosticCode.GraphicSkipped.Id && d.Span.File.Contains("jiyuan", StringComparison.Ordinal));
        Assert.Equal(Reports().Count - 1, validated.Diagnostics.Count(d => d.Code == DiagnosticCode.GraphicInvalid.Id));
        Assert.Equal(built.Diagnostics.Where(d => d.Code.StartsWith("GEN025", StringComparison.Ordinal)).Select(d => $"{d.Span} {d.Code} {d.Message}"),
            validated.Diagnostics.Where(d => d.Code.StartsWith("GEN025", StringComparison.Ordinal)).Select(d => $"{d.Span} {d.Code} {d.Message}"));
    }

    internal static Report Load(string bureau, int year)
    {
        var data = new DataFolder(TestPaths.Data, TestPaths.RepoRoot);
        var source = data.Find(bureau, year, new DiagnosticBag()).Single();
        return data.Load(source, new SourceTextCache(), new DiagnosticBag()) ?? throw new InvalidOperationException($"{bureau} {year} does not load");
    }

    internal static XName Svg(string name) => XName.Get(name, SvgSafety.Namespace);

    private static string Squash(string text) => Whitespace().Replace(text, string.Empty);

    internal static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)?.Value ?? "0", CultureInfo.InvariantCulture);

    /// <summary>WCAG 2 contrast ratio of two #rrggbb colours.</summary>
    private static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int i)
            {
                var c = int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }

            return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
        }

        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"carried_out:\s*\[[^\]]*\]")]
    private static partial Regex CarriedOut();
}
