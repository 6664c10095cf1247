using System.Globalization;
using System.Text;
using Generator.Document;
using Generator.Rendering.Html;

namespace Generator.Summary;

/// <summary>
/// <c>out/summary/&lt;year&gt;/index.html</c>: every bureau of the group with its state, the reports left out of
/// the totals, the anomalies at their lines, and links to the totals and the workbook. One standalone page: the
/// columns sort by a click through a few lines of script in the page itself (no external script; without script the
/// table stays in group order), and it prints as it shows. Everything from data files goes through the reports' escaping.
/// </summary>
internal static class StatusBoard
{
    public const string FileName = "index.html";

    public static StringBuilder Render(int year, string scope, IReadOnlyList<BureauStatus> statuses, IReadOnlyList<Anomaly> anomalies, IReadOnlyList<(string File, string Label)> outputs, string dataLink)
    {
        var title = $"{scope}{year}年度政府信息公开工作年度报告汇总";
        var sb = new StringBuilder(8192 + (statuses.Count * 300) + (anomalies.Count * 300));
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(ReportDocument.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Generator\">\n<title>");
        Encode(sb, title).Append("</title>\n<style>\n").Append(HtmlStyles.Css);
        sb.Append("td, th[scope=\"row\"] { text-indent: 0; }\n.links a + a { margin-left: 1em; }\n");
        sb.Append("th button { all: inherit; cursor: pointer; }\nth[aria-sort=\"ascending\"] button::after { content: \" ▲\"; }\nth[aria-sort=\"descending\"] button::after { content: \" ▼\"; }\n");
        sb.Append(".state-error { color: #b00020; font-weight: bold; }\n.state-draft, .state-missing { color: #8a5a00; }\n");
        sb.Append("@media print { th button::after { content: none !important; } a { color: inherit; text-decoration: none; } }\n");
        sb.Append("</style>\n</head>\n<body>\n<main>\n<article>\n<h1>");
        Encode(sb, title).Append("</h1>\n");

        var counts = statuses.GroupBy(s => s.State).OrderBy(g => g.Key).Select(g => $"{g.First().StateText} {g.Count()} 个");
        sb.Append("<p>共 ").Append(statuses.Count).Append(" 个单位：").Append(string.Join("，", counts)).Append("。汇总了其中 ")
            .Append(statuses.Count(s => s.Summed)).Append(" 个没有错误的报告。</p>\n");
        if (outputs.Count > 0)
        {
            sb.Append("<p class=\"links\">汇总表：");
            foreach (var (file, label) in outputs)
            {
                sb.Append("<a href=\"").Append(file).Append("\">").Append(label).Append("</a>");
            }

            sb.Append("</p>\n");
        }

        Statuses(sb, statuses, year);
        Anomalies(sb, anomalies, dataLink);
        sb.Append("</article>\n</main>\n<script>\n").Append(SortScript).Append("</script>\n</body>\n</html>\n");
        return sb;
    }

    private static void Statuses(StringBuilder sb, IReadOnlyList<BureauStatus> statuses, int year)
    {
        sb.Append("<section aria-labelledby=\"states\">\n<h2 id=\"states\">各单位状态</h2>\n<table class=\"sortable\">\n<caption>各单位").Append(year).Append("年度报告的状态（点击列标题排序）</caption>\n");
        sb.Append("<thead>\n<tr>");
        foreach (var column in new[] { "序号", "单位", "单位标识", "状态", "错误", "警告", "第一个错误", "报告" })
        {
            sb.Append("<th scope=\"col\"><button type=\"button\">").Append(column).Append("</button></th>");
        }

        sb.Append("</tr>\n</thead>\n<tbody>\n");
        for (var i = 0; i < statuses.Count; i++)
        {
            var s = statuses[i];
            var css = s.State switch { BureauState.Errors => "state-error", BureauState.Draft => "state-draft", BureauState.NotCreated => "state-missing", _ => "state-ok" };
            sb.Append("<tr><td>").Append(i + 1).Append("</td><th scope=\"row\">");
            Encode(sb, s.Agency).Append("</th><td>").Append(s.BureauId).Append("</td><td class=\"").Append(css).Append("\" data-sort=\"").Append((int)s.State).Append("\">")
                .Append(s.StateText).Append("</td><td>").Append(s.Errors).Append("</td><td>").Append(s.Warnings).Append("</td><td>");
            if (s.FirstError is { } first)
            {
                Encode(sb, $"{first.Span}: {first.Message}");
            }

            sb.Append("</td><td class=\"links\">");
            foreach (var (label, path) in s.Links)
            {
                sb.Append("<a href=\"../../").Append(path).Append("\">").Append(label).Append("</a>");
            }

            sb.Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void Anomalies(StringBuilder sb, IReadOnlyList<Anomaly> anomalies, string dataLink)
    {
        sb.Append("<section aria-labelledby=\"anomalies\">\n<h2 id=\"anomalies\">异常情况</h2>\n");
        if (anomalies.Count == 0)
        {
            sb.Append("<p>没有发现勾稽关系不成立或关键数字与上年相比变化超常的报告。</p>\n</section>\n");
            return;
        }

        sb.Append("<p>勾稽关系不成立（含照录已发布的不一致）和关键数字与上年相比变化超常（超过 5 倍或不到 0.2 倍）的报告，共 ")
            .Append(anomalies.Count).Append(" 处。位置指向数据文件的行和列。</p>\n");
        sb.Append("<table class=\"sortable\">\n<caption>异常情况</caption>\n<thead>\n<tr>");
        foreach (var column in new[] { "单位", "类别", "位置", "说明" })
        {
            sb.Append("<th scope=\"col\"><button type=\"button\">").Append(column).Append("</button></th>");
        }

        sb.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var a in anomalies)
        {
            sb.Append("<tr><th scope=\"row\">");
            Encode(sb, a.Agency).Append("</th><td>").Append(a.Kind).Append("</td><td><a href=\"");

            // The display path is relative to where the command runs (the project root); the link goes from the board there.
            Encode(sb, dataLink + a.Diagnostic.Span.File).Append("\">");
            Encode(sb, a.Diagnostic.Span.ToString()).Append("</a></td><td>");
            Encode(sb, a.Diagnostic.Message).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</section>\n");
    }

    private static StringBuilder Encode(StringBuilder sb, string text) => HtmlText.AppendEscaped(sb, text);

    /// <summary>Click a column header to sort by it (numbers as numbers, text by the Chinese collation), again to reverse.</summary>
    private const string SortScript = """
        document.querySelectorAll("table.sortable").forEach(function (table) {
          var heads = table.querySelectorAll("thead th");
          heads.forEach(function (th, column) {
            th.querySelector("button").addEventListener("click", function () {
              var ascending = th.getAttribute("aria-sort") !== "ascending";
              heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
              th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              var body = table.tBodies[0];
              var key = function (row) { var cell = row.children[column]; return cell.getAttribute("data-sort") || cell.textContent.trim(); };
              var rows = Array.prototype.slice.call(body.rows);
              rows.sort(function (a, b) {
                var x = key(a), y = key(b), nx = Number(x), ny = Number(y);
                var order = x !== "" && y !== "" && !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y, "zh-CN");
                return ascending ? order : -order;
              });
              rows.forEach(function (row) { body.appendChild(row); });
            });
          });
        });

        """;
}
