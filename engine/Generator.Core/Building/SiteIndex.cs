using System.Text;
using Generator.Document;
using Generator.Rendering;
using Generator.Rendering.Html;

namespace Generator.Building;

/// <summary>
/// <c>out/index.html</c>: every report in the output folder, bureau by bureau and year by year, linking
/// each format that is there, ready to publish beside the reports. Made from the manifest (which holds
/// the agency names and titles) and the files actually present; same reports → same bytes.
/// </summary>
public static class SiteIndex
{
    public const string FileName = "index.html";
    private const string Heading = "政府信息公开工作年度报告";

    /// <summary>The formats linked, in the order shown: the web page first, as most readers want it.</summary>
    private static readonly (string File, string Label)[] Formats =
    [
        ("report.html", "网页"),
        ("report.docx", "Word"),
        ("report.pdf", "PDF"),
        ("report.md", "Markdown"),
        ("graphic.svg", "一图读懂"),
        ("graphic.png", "一图读懂（PNG 图片）"),
    ];

    /// <summary>Writes the index when it differs from the one there; returns whether it was written.</summary>
    public static bool Update(string outFolder, BuildManifest manifest)
    {
        var reports = manifest.Reports
            .Select(r => (Report: r, Files: Formats.Where(f => File.Exists(Path.Combine(outFolder, r.Bureau, r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), f.File))).ToList()))
            .Where(r => r.Files.Count > 0)
            .ToList();
        var path = Path.Combine(outFolder, FileName);
        var summaries = Summaries(outFolder);
        if (reports.Count == 0 && summaries.Count == 0 && !File.Exists(path))
        {
            return false;
        }

        return OutputWriter.WriteFileIfChanged(path, Utf8Output.Of(Render(reports, summaries)));
    }

    /// <summary>The years with a summary board (<c>summary/&lt;year&gt;/index.html</c>, written by <c>summary</c>), newest first.</summary>
    private static List<string> Summaries(string outFolder)
    {
        var folder = Path.Combine(outFolder, Summary.SummaryRun.FolderName);
        return !Directory.Exists(folder) ? [] :
            [.. Directory.EnumerateDirectories(folder).Select(Path.GetFileName).OfType<string>()
                .Where(y => y.Length == 4 && y.All(char.IsAsciiDigit) && File.Exists(Path.Combine(folder, y, FileName))).OrderDescending(StringComparer.Ordinal)];
    }

    private static StringBuilder Render(List<(ManifestReport Report, List<(string File, string Label)> Files)> reports, List<string> summaries)
    {
        var sb = new StringBuilder(4096 + (reports.Count * 400));
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(ReportDocument.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<meta name=\"generator\" content=\"Generator\">\n<title>").Append(Heading).Append("</title>\n<style>\n").Append(HtmlStyles.Css);
        sb.Append("td, th[scope=\"row\"] { text-indent: 0; }\n.formats a + a { margin-left: 1em; }\n</style>\n</head>\n<body>\n<main>\n<article>\n");
        sb.Append("<h1>").Append(Heading).Append("</h1>\n");
        var bureaus = reports.GroupBy(r => r.Report.Bureau, StringComparer.Ordinal).ToList();
        sb.Append("<p>共 ").Append(bureaus.Count).Append(" 个单位、").Append(reports.Count).Append(" 份报告。</p>\n");
        if (summaries.Count > 0)
        {
            // The year folders are four digits (checked above): safe in a link as they are.
            sb.Append("<p class=\"formats\">各年度汇总：");
            foreach (var year in summaries)
            {
                sb.Append("<a href=\"").Append(Summary.SummaryRun.FolderName).Append('/').Append(year).Append("/index.html\">").Append(year).Append(" 年度</a>");
            }

            sb.Append("</p>\n");
        }

        foreach (var bureau in bureaus)
        {
            // The agency name of the latest year: names change, and the newest one is what readers look for.
            var agency = Encode(bureau.MaxBy(r => r.Report.Year).Report.Agency);

            // The bureau id is safe in an attribute and a link: the manifest keeps only ids that pass DataFolder.IsBureauId.
            var id = "bureau-" + bureau.Key;
            sb.Append("<section aria-labelledby=\"").Append(id).Append("\">\n<h2 id=\"").Append(id).Append("\">").Append(agency).Append("</h2>\n");
            sb.Append("<table>\n<caption>").Append(agency).Append("各年度报告</caption>\n");
            sb.Append("<thead>\n<tr><th scope=\"col\">年度</th><th scope=\"col\">报告</th><th scope=\"col\">各种格式</th></tr>\n</thead>\n<tbody>\n");
            foreach (var (report, files) in bureau.OrderByDescending(r => r.Report.Year))
            {
                var folder = $"{report.Bureau}/{report.Year}/";
                sb.Append("<tr><th scope=\"row\">").Append(report.Year).Append(" 年度</th><td><a href=\"").Append(folder).Append(files[0].File).Append("\">")
                    .Append(Encode(report.Title)).Append("</a></td><td class=\"formats\">");
                foreach (var (file, label) in files)
                {
                    sb.Append("<a href=\"").Append(folder).Append(file).Append("\">").Append(label).Append("</a>");
                }

                sb.Append("</td></tr>\n");
            }

            sb.Append("</tbody>\n</table>\n</section>\n");
        }

        sb.Append("</article>\n</main>\n</body>\n</html>\n");
        return sb;
    }

    /// <summary>The reports' own escaping (control characters dropped, quotes escaped), for names that came from the data files.</summary>
    private static string Encode(string text) => HtmlText.AppendEscaped(new StringBuilder(text.Length + 16), text).ToString();
}
