using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Generator.Tests.Import.Fixtures;

/// <summary>The report's HTML rewritten as portals publish it: each transformation is one habit seen on real government sites.</summary>
internal static partial class PortalPages
{
    static PortalPages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static IElement Article(byte[] html)
    {
        var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(html));
        var article = document.QuerySelector("article")!;
        foreach (var caption in article.QuerySelectorAll("caption").ToList())
        {
            caption.Remove();
        }

        return article;
    }

    /// <summary>A bare page around the article's content, as an editor's “save as” gives.</summary>
    public static byte[] Page(string body) => Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>年度报告</title></head><body>{body}</body></html>");

    /// <summary>Inline styles everywhere, text wrapped in font and span, bold as a style.</summary>
    public static string InlineStyleSoup(byte[] html)
    {
        var article = Article(html);
        foreach (var table in article.QuerySelectorAll("table"))
        {
            table.SetAttribute("style", "width:100%;border-collapse:collapse;font-family:宋体");
            table.SetAttribute("border", "1");
        }

        foreach (var cell in article.QuerySelectorAll("td, th"))
        {
            cell.SetAttribute("style", "border:1px solid #000;padding:2px 4px;text-align:center");
            cell.InnerHtml = $"<font face=\"仿宋_GB2312\" size=\"3\"><span style=\"font-size:12pt;color:#333\">{cell.InnerHtml}</span></font>";
        }

        foreach (var strong in article.QuerySelectorAll("strong").ToList())
        {
            strong.OuterHtml = $"<span style=\"font-weight:bold;font-family:楷体\">{strong.InnerHtml}</span>";
        }

        foreach (var p in article.QuerySelectorAll("p, li, h1, h2, h3"))
        {
            p.SetAttribute("style", "font-family:仿宋_GB2312;font-size:16pt;line-height:28pt");
            p.InnerHtml = $"<span style=\"font-size:16pt\"><font color=\"#000000\">{p.InnerHtml}</font></span>";
        }

        return article.InnerHtml;
    }

    /// <summary>&amp;nbsp; and full-width spaces around and inside cells, full-width indentation in paragraphs.</summary>
    public static string SpacesInCells(byte[] html)
    {
        var article = Article(html);
        var i = 0;
        foreach (var cell in article.QuerySelectorAll("td, th"))
        {
            var text = cell.TextContent;
            cell.InnerHtml = (i++ % 3) switch
            {
                0 => $"&nbsp;{Escape(text)}&nbsp;",
                1 => $"\u3000{Escape(text)}",
                // Inside a label only: a space inside a figure would make it two figures, which is not how portals publish one.
                _ => text.Length > 2 && IsLabel(text) ? $"{Escape(text[..2])}&nbsp;\u3000{Escape(text[2..])}" : $" {Escape(text)}\u3000",
            };
        }

        foreach (var p in article.QuerySelectorAll("p"))
        {
            p.InnerHtml = "\u3000\u3000" + p.InnerHtml + "&nbsp;";
        }

        return article.InnerHtml;
    }

    /// <summary>Labels broken over lines with &lt;br&gt; and &lt;p&gt;, figures in paragraphs of their own.</summary>
    public static string BreaksInCells(byte[] html)
    {
        var article = Article(html);
        foreach (var cell in article.QuerySelectorAll("td, th"))
        {
            var text = cell.TextContent;
            cell.InnerHtml = text.Length switch
            {
                0 => "<p></p>",
                > 6 when IsLabel(text) => $"<p>{Escape(text[..(text.Length / 2)])}<br>{Escape(text[(text.Length / 2)..])}</p>",
                > 3 when IsLabel(text) => $"<p>{Escape(text[..2])}</p><p>{Escape(text[2..])}</p>",
                _ => $"<p style=\"margin:0\">{Escape(text)}</p>",
            };
        }

        return article.InnerHtml;
    }

    /// <summary>Header rows written as ordinary cells.</summary>
    public static string HeaderRowsAsTd(byte[] html)
    {
        var article = Article(html);
        foreach (var th in article.QuerySelectorAll("th").ToList())
        {
            var td = th.Owner!.CreateElement("td");
            foreach (var attribute in th.Attributes.Where(a => a.Name is "rowspan" or "colspan"))
            {
                td.SetAttribute(attribute.Name, attribute.Value);
            }

            td.InnerHtml = th.InnerHtml;
            th.Replace(td);
        }

        return article.InnerHtml.Replace("<thead>", "<tbody>", StringComparison.Ordinal).Replace("</thead>", "</tbody>", StringComparison.Ordinal);
    }

    /// <summary>rowspan and colspan left out: the cells they covered are still absent, so rows are short.</summary>
    public static string SpansMissing(byte[] html)
    {
        var article = Article(html);
        foreach (var cell in article.QuerySelectorAll("td, th"))
        {
            cell.RemoveAttribute("rowspan");
            cell.RemoveAttribute("colspan");
        }

        return article.InnerHtml;
    }

    /// <summary>No spans: every grid position has a cell of its own, a row label repeated in each row it spans, a wide cell followed by empty ones.</summary>
    public static string CellPerRow(byte[] html)
    {
        var article = Article(html);
        foreach (var table in article.QuerySelectorAll("table"))
        {
            var rows = table.QuerySelectorAll("tr").ToList();
            var grid = new Dictionary<(int, int), (string Tag, string Text)>();
            for (var r = 0; r < rows.Count; r++)
            {
                var c = 0;
                foreach (var cell in rows[r].Children)
                {
                    while (grid.ContainsKey((r, c)))
                    {
                        c++;
                    }

                    var rowspan = int.TryParse(cell.GetAttribute("rowspan"), out var rs) ? rs : 1;
                    var colspan = int.TryParse(cell.GetAttribute("colspan"), out var cs) ? cs : 1;
                    for (var dr = 0; dr < rowspan; dr++)
                    {
                        for (var dc = 0; dc < colspan; dc++)
                        {
                            grid[(r + dr, c + dc)] = (cell.LocalName, dc == 0 ? cell.TextContent : string.Empty);
                        }
                    }

                    c += colspan;
                }
            }

            for (var r = 0; r < rows.Count; r++)
            {
                var cells = grid.Where(g => g.Key.Item1 == r).OrderBy(g => g.Key.Item2).Select(g => $"<{g.Value.Tag}>{Escape(g.Value.Text)}</{g.Value.Tag}>");
                rows[r].InnerHtml = string.Concat(cells);
            }
        }

        return article.InnerHtml;
    }

    /// <summary>The clean page, encoded in GBK as older portals serve it, declared by &lt;meta&gt;.</summary>
    public static byte[] Gbk(byte[] html)
    {
        var body = Article(html).InnerHtml;
        var page = $"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>年度报告</title></head><body>{body}</body></html>";
        return Encoding.GetEncoding("GB18030").GetBytes(page);
    }

    /// <summary>The report inside a portal's page: navigation, path, article data, font size and print buttons, share buttons, 无障碍 toolbar, footer, scripts.</summary>
    public static byte[] InPortal(byte[] html)
    {
        var article = Article(html);
        var title = article.QuerySelector("h1")!;
        var titleText = title.TextContent;
        title.Remove();
        var page = $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>{{Escape(titleText)}}_政府信息公开</title>
            <script src="/js/jquery.min.js"></script><script>var _hmt = _hmt || []; document.write('<p>统计</p>');</script>
            <style>.nav li{float:left}</style></head>
            <body>
            <div id="wza-toolbar" class="wza"><a href="#">无障碍</a> | <a href="#">长辈版</a> | <a href="#">繁体</a></div>
            <div class="header"><div class="logo">示例市人民政府</div><div class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></div></div>
            <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
            <div class="main">
              <div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 年度报告</div>
              <div class="article">
                <div class="article-title">{{Escape(titleText)}}</div>
                <div class="article-info">发布时间：2022-01-20 09:30　来源：公安局　浏览次数：1024　字号：[ <a>大</a> <a>中</a> <a>小</a> ]</div>
                <div class="article-content" id="zoom">{{article.InnerHtml}}</div>
                <div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
                <div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
              </div>
            </div>
            <div class="footer"><p>主办单位：示例市人民政府办公室　网站标识码：0000000000</p><p>示ICP备00000000号　公网安备 00000000000000号</p></div>
            <script>document.getElementById('zoom').style.fontSize = '16px';</script>
            </body></html>
            """;
        return Encoding.UTF8.GetBytes(page);
    }

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text);

    /// <summary>A label (words), not a figure such as “16557462.5元”: only labels wrap inside their cell.</summary>
    private static bool IsLabel(string text) => text.Any(c => c > '\u2E80') && !char.IsAsciiDigit(text[0]);
}
