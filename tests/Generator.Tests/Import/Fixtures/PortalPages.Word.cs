using System.Text;
using AngleSharp.Dom;

namespace Generator.Tests.Import.Fixtures;

/// <summary>Word's “save as web page” (filtered or not), as portals paste it: MsoNormalTable and mso- styles, headings as bold paragraphs, source lines wrapped inside the text.</summary>
internal static partial class PortalPages
{
    public static byte[] WordExport(byte[] html)
    {
        var article = Article(html);
        var body = new StringBuilder();
        foreach (var block in article.Children)
        {
            switch (block.LocalName)
            {
                case "h1":
                    body.Append($"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>{Wrap(block.TextContent)}</span></b></p>\r\n");
                    break;
                case "h2" or "h3":
                    body.Append($"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b><span style='font-size:16.0pt;font-family:黑体'>{Wrap(block.TextContent)}</span></b></p>\r\n");
                    break;
                case "ol" or "ul":
                    var n = 1;
                    foreach (var item in block.Children)
                    {
                        var marker = block.LocalName == "ol" ? $"{n++}." : "·";
                        body.Append($"<p class=MsoListParagraph style='margin-left:21.0pt;text-indent:-21.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>{marker}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span style='font-family:仿宋_GB2312'>{Wrap(Inline(item))}</span></p>\r\n");
                    }

                    break;
                case "table":
                    body.Append("<div align=center>\r\n<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\r\n");
                    var columns = 0;
                    foreach (var row in block.QuerySelectorAll("tr"))
                    {
                        body.Append("<tr style='mso-yfti-irow:0;height:20.0pt'>\r\n");
                        foreach (var cell in row.Children)
                        {
                            body.Append(Cell(cell)).Append("\r\n");
                        }

                        columns = Math.Max(columns, row.Children.Sum(c => int.TryParse(c.GetAttribute("colspan"), out var s) ? s : 1));
                        body.Append("</tr>\r\n");
                    }

                    // Word's row of zero-height cells that fixes the column widths.
                    body.Append("<![if !supportMisalignedColumns]><tr height=0>");
                    for (var c = 0; c < columns; c++)
                    {
                        body.Append("<td width=60 style='border:none'></td>");
                    }

                    body.Append("</tr><![endif]>\r\n</table>\r\n</div>\r\n");
                    break;
                case "div":
                    foreach (var p in block.Children)
                    {
                        body.Append($"<p class=MsoNormal align=right style='text-align:right'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{Wrap(p.TextContent)}</span></p>\r\n");
                    }

                    break;
                default:
                    body.Append($"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly'><span style='font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:\"Times New Roman\"'>{Wrap(Inline(block))}<span lang=EN-US><o:p></o:p></span></span></p>\r\n");
                    break;
            }
        }

        var page = "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\r\n"
            + "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"><meta name=Generator content=\"Microsoft Word 15\">\r\n"
            + "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->\r\n"
            + "<style>\r\n<!-- p.MsoNormal {mso-style-parent:\"\"; margin:0cm; text-align:justify; font-size:10.5pt;} -->\r\n</style></head>\r\n"
            + "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>\r\n<div class=WordSection1 style='layout-grid:15.6pt'>\r\n"
            + body + "</div>\r\n</body>\r\n</html>\r\n";
        return Encoding.UTF8.GetBytes(page);
    }

    /// <summary>Bold runs as Word writes them, the rest as text.</summary>
    private static string Inline(IElement element)
    {
        var html = new StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            html.Append(node is IElement { LocalName: "strong" } strong
                ? $"<b><span style='font-family:楷体_GB2312'>{System.Net.WebUtility.HtmlEncode(strong.TextContent)}</span></b>"
                : node is IElement { LocalName: "a" } a ? $"<a href=\"{a.GetAttribute("href")}\">{System.Net.WebUtility.HtmlEncode(a.TextContent)}</a>"
                : System.Net.WebUtility.HtmlEncode(node.TextContent));
        }

        return html.ToString();
    }

    /// <summary>Word wraps the HTML source at about 76 columns, inside Chinese text too (never inside an entity or tag here: the text is wrapped before markup is added).</summary>
    private static string Wrap(string text)
    {
        var result = new StringBuilder();
        var column = 0;
        var inTag = false;
        foreach (var c in text)
        {
            result.Append(c);
            inTag = c == '<' || (inTag && c != '>');
            if (!inTag && c > '\u2E80' && ++column % 38 == 0)
            {
                result.Append("\r\n");
            }
        }

        return result.ToString();
    }

    private static string Cell(IElement cell)
    {
        var spans = (cell.HasAttribute("rowspan") ? $" rowspan={cell.GetAttribute("rowspan")}" : string.Empty) + (cell.HasAttribute("colspan") ? $" colspan={cell.GetAttribute("colspan")}" : string.Empty);
        var text = System.Net.WebUtility.HtmlEncode(cell.TextContent);
        return $"<td{spans} valign=middle style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>\r\n"
            + $"<p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体'>{text}<span lang=EN-US><o:p></o:p></span></span></p>\r\n</td>";
    }
}
