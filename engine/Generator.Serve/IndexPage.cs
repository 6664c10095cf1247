using System.Globalization;
using System.Text;

namespace Generator.Serve;

/// <summary>The index: every bureau and year with its state, refreshed in place when a report changes.</summary>
internal static class IndexPage
{
    public static string Render(IReadOnlyList<PreviewReport> reports, string token) =>
        Html.Page("报告预览", token, "data-page=\"index\"", $"""
            <header><h1>报告预览</h1><p class="hint">保存数据文件或模板后，本页自动更新；点击年度查看报告和问题。</p></header>
            <main id="index">{Table(reports)}</main>
            """);

    /// <summary>The table alone, fetched by the page after each change.</summary>
    public static string Table(IReadOnlyList<PreviewReport> reports)
    {
        if (reports.Count == 0)
        {
            return "<p class=\"empty\">数据文件夹中没有找到报告数据（data/&lt;单位&gt;/&lt;年度&gt;.yaml）。</p>";
        }

        var sb = new StringBuilder("<table class=\"reports\"><thead><tr><th>单位</th><th>年度与状态</th></tr></thead><tbody>");
        foreach (var bureau in reports.GroupBy(r => r.BureauId, StringComparer.Ordinal))
        {
            sb.Append("<tr><th scope=\"row\">").Append(Html.Text(bureau.Key)).Append("</th><td>");
            foreach (var report in bureau.OrderByDescending(r => r.Year))
            {
                var year = report.Year.ToString(CultureInfo.InvariantCulture);
                var errors = report.Diagnostics.Count(d => d.IsError);
                var warnings = report.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Warning);
                var counts = errors + warnings == 0 ? string.Empty : $"（{errors} 个错误，{warnings} 个警告）";
                sb.Append("<a class=\"report ").Append(PreviewStatusText.CssClass(report.Status)).Append("\" data-key=\"").Append(Html.Text(report.Key))
                  .Append("\" href=\"/report/").Append(Html.Text(report.BureauId)).Append('/').Append(year).Append("\">")
                  .Append(year).Append(" 年度 <span class=\"status\">").Append(PreviewStatusText.Word(report.Status)).Append("</span>")
                  .Append(Html.Text(counts)).Append("</a> ");
            }

            sb.Append("</td></tr>");
        }

        return sb.Append("</tbody></table>").ToString();
    }
}
