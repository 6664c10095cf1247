using System.Globalization;
using System.Text;
using Generator.Diagnostics;

namespace Generator.Serve;

/// <summary>
/// A report's page: the report exactly as <c>build</c> writes <c>report.html</c>, in a frame (its own page, its
/// own styles, scripts off), beside the panel of its diagnostics. The panel is fetched again after each change.
/// </summary>
internal static class ReportPage
{
    public static string Render(PreviewReport report, string token)
    {
        var year = report.Year.ToString(CultureInfo.InvariantCulture);
        var path = $"/report/{Html.Text(report.BureauId)}/{year}";
        var title = $"{report.BureauId} {year} 年度";
        return Html.Page($"预览：{title}", token,
            $"data-page=\"report\" data-key=\"{Html.Text(report.Key)}\" data-path=\"{path}\" data-files-version=\"{report.FilesVersion}\"",
            $"""
            <header><a href="/">← 全部报告</a><h1>{Html.Text(title)}</h1>
            <nav class="downloads">下载：<a href="{path}/report.docx">Word</a> <a href="{path}/report.md">Markdown</a>{(Downloads.PdfExport.Available ? $" <a href=\"{path}/report.pdf\">PDF</a>" : string.Empty)} <a href="{path}/report.html" target="_blank" rel="noopener">单独打开网页</a> <a href="{path}/changes" target="_blank" rel="noopener">与已发布版本比较</a></nav>
            <p id="edit-status" role="status">表格中的数字可以直接点击修改，按回车保存到数据文件。</p></header>
            <main class="report-page">
            <section id="panel">{Panel(report)}</section>
            <section id="view">{View(report, path)}</section>
            </main>
            """);
    }

    /// <summary>The frame with the last good report, greyed when the data now has errors; a note when there never was one.</summary>
    public static string View(PreviewReport report, string path) =>
        report.FilesVersion == 0 || report.File("report.html") is null
            ? "<p class=\"no-report\">这份报告还没有成功生成过：请先改正左边列出的问题，保存后这里会自动显示报告。</p>"
            : $"<iframe id=\"report\" class=\"{(report.Stale ? "stale" : string.Empty)}\" title=\"报告\" sandbox=\"allow-same-origin\" src=\"{path}/report.html?v={report.FilesVersion}\"></iframe>";

    /// <summary>The state and every diagnostic: where (file:line:col), the message, the source line with the column marked, the hint.</summary>
    public static string Panel(PreviewReport report)
    {
        var sb = new StringBuilder();
        sb.Append("<div id=\"panel-body\" data-status=\"").Append(PreviewStatusText.CssClass(report.Status))
          .Append("\" data-stale=\"").Append(report.Stale ? "true" : "false")
          .Append("\" data-files-version=\"").Append(report.FilesVersion).Append("\">");
        sb.Append("<p class=\"state ").Append(PreviewStatusText.CssClass(report.Status)).Append("\">")
          .Append(PreviewStatusText.Word(report.Status)).Append("</p>");
        if (report.Stale)
        {
            sb.Append("<p class=\"note\">数据现在有错误，右边灰色显示的是上一次成功生成的报告。</p>");
        }

        if (report.Status == PreviewStatus.Draft)
        {
            sb.Append("<p class=\"note\">这是草稿（还有待填写的内容），与 build 一样暂不生成。</p>");
        }

        if (report.InternalError is { } error)
        {
            sb.Append("<p class=\"internal\">").Append(Html.Text(error)).Append("</p>");
        }

        var items = DiagnosticOrder.InReadingOrder(report.Diagnostics).ToList();
        if (items.Count == 0 && report.InternalError is null)
        {
            sb.Append("<p class=\"none\">没有发现问题。</p>");
        }
        else
        {
            sb.Append("<ol class=\"diagnostics\">");
            foreach (var d in items)
            {
                Item(sb, d, report.Sources);
            }

            sb.Append("</ol>");
        }

        return sb.Append("</div>").ToString();
    }

    private static void Item(StringBuilder sb, Diagnostic d, ISourceTextProvider sources)
    {
        var severity = d.IsError ? "error" : d.Severity == Severity.Warning ? "warning" : "info";
        var word = d.IsError ? "错误" : d.Severity == Severity.Warning ? "警告" : "提示";
        sb.Append("<li class=\"").Append(severity).Append("\" data-file=\"").Append(Html.Text(d.Span.File))
          .Append("\" data-line=\"").Append(d.Span.Line).Append("\">");
        sb.Append("<a class=\"where\" href=\"#\">").Append(Html.Text(Where(d.Span))).Append("</a> ");
        sb.Append("<span class=\"severity\">").Append(word).Append(' ').Append(Html.Text(d.Code)).Append("</span>：");
        sb.Append("<span class=\"message\">").Append(Html.Text(d.Message)).Append("</span>");
        if (d.Span.HasPosition && sources.TryGetLine(d.Span.File, d.Span.Line, out var line))
        {
            var at = Math.Clamp(d.Span.Column - 1, 0, line.Length);
            var end = at < line.Length ? at + (char.IsHighSurrogate(line[at]) && at + 1 < line.Length ? 2 : 1) : at;
            sb.Append("<pre class=\"source\">").Append(Html.Text(line[..at])).Append("<mark>").Append(Html.Text(line[at..end]))
              .Append("</mark>").Append(Html.Text(line[end..])).Append("</pre>");
        }

        if (d.Hint is not null)
        {
            sb.Append("<p class=\"hint\">提示：").Append(Html.Text(d.Hint)).Append("</p>");
        }

        sb.Append("</li>");
    }

    /// <summary>file:line:col, as staff's editors take it (VS Code's “转到行”).</summary>
    public static string Where(SourceSpan span) =>
        span.HasPosition ? $"{span.File}:{span.Line}:{span.Column}" : span.File.Length > 0 ? span.File : "（全部报告）";
}
