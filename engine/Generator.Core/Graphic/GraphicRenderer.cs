using Generator.Data;
using Generator.Diagnostics;
using Generator.Templating;
using Generator.Validation.YearOverYear;

namespace Generator.Graphic;

/// <summary>
/// Makes a report's 一图读懂 SVG from its template: <c>graphic</c> in the format's folder, else <c>common/graphic</c>
/// (a template set without either makes none). It runs under the limits of every template, with every printed
/// value escaped for XML, and its output is checked (<see cref="SvgSafety"/>) before anything uses it. A report
/// whose table 2 leaves a headline figure blank gets no graphic: its main figures would be missing.
/// </summary>
public static class GraphicRenderer
{
    public static readonly string[] TemplateNames = ["graphic", "common/graphic"];

    public static GraphicOutput? Render(Report report, TemplateSet templates, SourceTextCache sources, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        var template = templates.FindFirst(TemplateNames);
        if (template is null || !Eligible(report, diagnostics))
        {
            return null;
        }

        var figures = GraphicFigures.Of(report);
        var svg = ReportTemplateRenderer.Render(report, templates, template, SvgText.Escape, new Dictionary<string, object?> { ["graphic"] = figures }, diagnostics, cancellation);
        if (svg is null)
        {
            return null;
        }

        var outputName = $"{template.SourceFilePath}（{report.Bureau.Id} {report.Year} 年度的输出）";
        sources.Remember(outputName, svg);
        if (SvgSafety.Check(svg) is { } problem)
        {
            diagnostics.Error(DiagnosticCode.GraphicInvalid, new SourceSpan(outputName, problem.Line, problem.Column),
                $"一图读懂的模板生成的 SVG 不能使用：{problem.Problem}",
                $"请修改模板 {template.SourceFilePath}：SVG 只能含图形和文字，不能有脚本、外部图片或指向文件以外的链接；数据中的文字由程序转义，模板中不要自己拼写 XML 标签。");
            return null;
        }

        return new GraphicOutput(svg, figures);
    }

    /// <summary>Whether table 2's headline figures are all filled in; an info says which is not.</summary>
    private static bool Eligible(Report report, DiagnosticBag diagnostics)
    {
        var blank = KeyFigures.Requests.FirstOrDefault(f => KeyFigures.Headline.Contains(f.Id) && f.Read(report) is null);
        if (blank is null)
        {
            return true;
        }

        diagnostics.Info(DiagnosticCode.GraphicSkipped, blank.Where(report),
            $"表2“{blank.Label}”的总计留空，本报告不生成一图读懂（graphic.svg、graphic.png）：图中的主要数字不能空缺",
            "一图读懂以表2 的本年新收、上年结转、办结和结转下年度四个总计为主；填上这一格的总计即可生成。");
        return false;
    }
}
