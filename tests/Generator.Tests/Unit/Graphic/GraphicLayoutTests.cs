using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Generator.Graphic;
using Generator.Tests.Golden;
using SkiaSharp;

namespace Generator.Tests.Unit.Graphic;

/// <summary>
/// The default 一图读懂 keeps every text whole and apart: measured with the font the PNG is drawn with, no text
/// runs off the image or out of the panel it starts in, and no two texts overlap — for every sample, and for the
/// demo bureau's two years again with every figure scaled up to nine digits (table 1) and seven (table 2), near the limits the reader accepts (GEN0116) and an agency name of 29 characters,
/// the extremes a real report can reach (big cities' 行政处罚 run to millions; names of 交警支队 get long).
/// </summary>
public sealed partial class GraphicLayoutTests
{
    private const string LongAgency = "示例自治区示例地区示例县公安局交通警察大队高速公路管理中队";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Stretched = new(BuildStretched);

    public static TheoryData<string, int> Samples() => Seeds.SampleReportTests.Samples();

    public static TheoryData<int, int> Scales() => new() { { 1000, 2021 }, { 1000, 2022 }, { 123457, 2021 }, { 123457, 2022 }, { 200000, 2021 }, { 200000, 2022 } };

    [SkippableTheory]
    [MemberData(nameof(Samples))]
    public void Sample_texts_stay_whole_and_apart(string bureau, int year) =>
        AssertLaidOut(GraphicSampleTests.SampleOutcome.Files[$"{bureau}/{year}/graphic.svg"]);

    [SkippableTheory]
    [MemberData(nameof(Scales))]
    public void Texts_stay_whole_and_apart_with_big_figures_and_a_long_name(int scale, int year)
    {
        Skip.If(GraphicFonts.System is null, "no CJK font installed (fonts-noto-cjk)");
        var svg = Stretched.Value[$"{scale}/{year}"];

        Assert.Contains(LongAgency, svg, StringComparison.Ordinal);
        AssertLaidOut(svg);
    }

    private static void AssertLaidOut(string svg)
    {
        Skip.If(GraphicFonts.System is null, "no CJK font installed (fonts-noto-cjk)");
        var root = XDocument.Parse(svg).Root!;
        var width = Number(root, "width");
        var height = Number(root, "height");
        var rects = root.Descendants(Svg("rect")).Select(r => new Box("rect", Number(r, "x"), Number(r, "y"), Number(r, "x") + Number(r, "width"), Number(r, "y") + Number(r, "height"))).ToList();
        var texts = root.Descendants(Svg("text")).Select(Measure).ToList();

        foreach (var text in texts)
        {
            Assert.True(text.Left >= 0 && text.Right <= width && text.Top >= 0 && text.Bottom <= height, $"“{text.Text}” {text} runs off the {width}×{height} image");

            // The smallest rectangle around where the text starts is its panel (or the band, or the whole background).
            var (x, y) = (text.Left + 1, (text.Top + text.Bottom) / 2);
            var panel = rects.Where(r => x >= r.Left && x <= r.Right && y >= r.Top && y <= r.Bottom).MinBy(r => (r.Right - r.Left) * (r.Bottom - r.Top));
            Assert.True(panel is not null && text.Right <= panel.Right && text.Bottom <= panel.Bottom && text.Top >= panel.Top,
                $"“{text.Text}” {text} runs out of its panel {panel}");
        }

        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                var (a, b) = (texts[i], texts[j]);
                var overlap = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) > 0.5 && Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top) > 0.5;
                Assert.False(overlap, $"“{a.Text}” {a} and “{b.Text}” {b} overlap");
            }
        }
    }

    /// <summary>
    /// The box a text takes: its runs (the text's own and its tspans', each in its size and weight) measured with the
    /// PNG's font, whitespace collapsed as SVG does; from the ascent to the descent of its largest size.
    /// </summary>
    private static Box Measure(XElement text)
    {
        var fonts = GraphicFonts.System!;
        var runs = text.Nodes()
            .Select(n => n switch
            {
                XText t => (Text: t.Value, Style: text),
                XElement e => (Text: e.Value, Style: e),
                _ => (Text: string.Empty, Style: text),
            })
            .Select(r => (Text: Whitespace().Replace(r.Text, " "), Size: Inherited(r.Style, text, "font-size", 16), Bold: Inherited(r.Style, text, "font-weight") == "bold"))
            .ToList();
        if (runs.Count > 0)
        {
            runs[0] = runs[0] with { Text = runs[0].Text.TrimStart() };
            runs[^1] = runs[^1] with { Text = runs[^1].Text.TrimEnd() };
        }

        var width = 0.0;
        var largest = 0.0;
        var all = new StringBuilder();
        foreach (var (content, size, bold) in runs)
        {
            using var font = new SKFont(bold ? fonts.Bold : fonts.Regular, (float)size);
            width += font.MeasureText(content);
            largest = Math.Max(largest, size);
            all.Append(content);
        }

        var x = Number(text, "x");
        var y = Number(text, "y");
        var left = text.Attribute("text-anchor")?.Value switch
        {
            "middle" => x - (width / 2),
            "end" => x - width,
            _ => x,
        };
        return new Box(all.ToString(), left, y - (0.88 * largest), left + width, y + (0.12 * largest));
    }

    private static double Inherited(XElement run, XElement text, string attribute, double fallback) =>
        double.Parse(run.Attribute(attribute)?.Value ?? text.Attribute(attribute)?.Value ?? fallback.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string? Inherited(XElement run, XElement text, string attribute) =>
        run.Attribute(attribute)?.Value ?? text.Attribute(attribute)?.Value ?? text.Parent?.Attribute(attribute)?.Value;

    /// <summary>
    /// The demo bureau's two years with the long agency name and every figure of tables 1–3 (and the fee) multiplied
    /// by each scale: the relations within and across the years still hold, so both reports build.
    /// </summary>
    private static Dictionary<string, string> BuildStretched()
    {
        var svgs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var scale in Scales().Select(s => (int)s[0]).Distinct())
        {
            var data = TestPaths.NewTempFolder();
            var demo = Path.Combine(data, "demo");
            TestPaths.CopyFolder(Path.Combine(TestPaths.Data, "demo"), demo);
            var bureau = Path.Combine(demo, "bureau.yaml");
            File.WriteAllText(bureau, AgencyLine().Replace(File.ReadAllText(bureau), $"agency: {LongAgency} ", 1));
            foreach (var year in new[] { 2021, 2022 })
            {
                var file = Path.Combine(demo, $"{year}.yaml");
                var text = File.ReadAllText(file);
                var tables = text.IndexOf("proactive_disclosure:", StringComparison.Ordinal);
                var scaled = string.Join('\n', text[tables..].Split('\n').Select(line => Scale(line, scale)));
                File.WriteAllText(file, text[..tables] + scaled);
            }

            var outcome = CaseRunner.Build(data, TestPaths.Templates, data);
            Assert.True(outcome.Result.Succeeded, string.Join("\n", outcome.Result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Span} {d.Code} {d.Message}")));
            svgs[$"{scale}/2021"] = outcome.Files["demo/2021/graphic.svg"];
            svgs[$"{scale}/2022"] = outcome.Files["demo/2022/graphic.svg"];
        }

        return svgs;
    }

    /// <summary>A table line's numbers (in its [...] or {...}, and a fee's amount) times <paramref name="scale"/>; comments stay.</summary>
    private static string Scale(string line, int scale)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        var (code, comment) = hash < 0 ? (line, string.Empty) : (line[..hash], line[hash..]);
        if (!code.Contains('[', StringComparison.Ordinal) && !code.Contains('{', StringComparison.Ordinal) && !code.Contains("fees:", StringComparison.Ordinal))
        {
            return line;
        }

        code = Figure().Replace(code, m => (decimal.Parse(m.Value, CultureInfo.InvariantCulture) * scale).ToString("0.##", CultureInfo.InvariantCulture));
        return code + comment;
    }

    private static double Number(XElement element, string attribute) => GraphicSampleTests.Number(element, attribute);

    private static XName Svg(string name) => GraphicSampleTests.Svg(name);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?m)^agency:[^#\n]*")]
    private static partial Regex AgencyLine();

    /// <summary>A number standing alone (not part of a field name); a unit in Chinese may follow it (<c>790.25万元</c>).</summary>
    [GeneratedRegex(@"(?<![0-9A-Za-z_.])[0-9]+(\.[0-9]+)?(?![0-9A-Za-z_.])")]
    private static partial Regex Figure();

    private sealed record Box(string Text, double Left, double Top, double Right, double Bottom)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Left:0.#}–{Right:0.#} × {Top:0.#}–{Bottom:0.#}]");
    }
}
