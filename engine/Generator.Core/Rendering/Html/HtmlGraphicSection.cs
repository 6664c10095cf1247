using Generator.Graphic;

namespace Generator.Rendering.Html;

/// <summary>
/// The 一图读懂 beside the report on its web page: the image (graphic.svg, linking the PNG) and, for readers who
/// cannot see it (GB/T 37668), every figure it shows as a table with the same words. Not printed: the printed
/// report is the official form.
/// </summary>
internal static class HtmlGraphicSection
{
    public static void Write(HtmlRenderer renderer, GraphicOutput graphic)
    {
        var figures = graphic.Figures;
        var compared = figures.PreviousYear is not null;
        var sb = renderer.Output;
        sb.Append("<aside class=\"graphic\" aria-labelledby=\"graphic-heading\">\n<h2 id=\"graphic-heading\">一图读懂</h2>\n<figure>\n<a href=\"")
            .Append(GraphicOutput.PngFile).Append("\"><img src=\"").Append(GraphicOutput.SvgFile).Append("\" alt=\"一图读懂：");
        renderer.WriteEscaped(figures.Title);
        sb.Append("。图中的全部数字见下表。\"></a>\n<figcaption>一图读懂：");
        renderer.WriteEscaped(figures.Title);
        sb.Append("（<a href=\"").Append(GraphicOutput.SvgFile).Append("\">SVG</a>、<a href=\"").Append(GraphicOutput.PngFile).Append("\">PNG 图片</a>）</figcaption>\n</figure>\n");
        sb.Append("<table class=\"graphic-figures\">\n<caption>一图读懂中的数字");
        if (compared)
        {
            sb.Append("（与").Append(figures.PreviousYear).Append("年度相比）");
        }

        sb.Append("</caption>\n<thead>\n<tr><th scope=\"col\">类别</th><th scope=\"col\">项目</th><th scope=\"col\">数字</th>");
        if (compared)
        {
            sb.Append("<th scope=\"col\">与上年比</th>");
        }

        sb.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in figures.Rows)
        {
            sb.Append("<tr><td>");
            renderer.WriteEscaped(row.Section);
            sb.Append("</td><th scope=\"row\">");
            renderer.WriteEscaped(row.Label);
            sb.Append("</th><td>");
            renderer.WriteEscaped(row.Display);
            sb.Append("</td>");
            if (compared)
            {
                sb.Append("<td>");
                renderer.WriteEscaped(row.Change);
                sb.Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</aside>\n");
    }
}
