using Generator.Data;
using Generator.Diagnostics;
using Generator.Document;
using Generator.Document.Building;
using Generator.Templating;

namespace Generator.Summary;

/// <summary>
/// The totals as a document: the summed report through <c>summary.scriban</c> (in the format's folder or in
/// <c>common/</c>), which includes the same table templates as a report, so the totals have the official labels and
/// layout and go through the same HTML, Markdown and Word renderers.
/// </summary>
internal static class SummaryDocument
{
    public static readonly string[] TemplateNames = ["summary", "common/summary"];

    public static ReportDocument? Build(Report sum, int summed, IReadOnlyList<ExcludedBureau> excluded, string? templatesFolder, string? displayBase, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var templates = TemplateSet.Load(templatesFolder, displayBase, sum.Format, sources, local);
        var main = templates?.FindFirst(TemplateNames);
        if (templates is not null && main is null)
        {
            local.Error(DiagnosticCode.TemplateNotFound, new SourceSpan($"{templates.DisplayRoot}/common/summary.scriban", 0, 0),
                "找不到汇总表的模板 common/summary.scriban", "请从程序的 templates/common/ 中复制 summary.scriban 到模板文件夹。");
        }

        ReportDocument? document = null;
        if (templates is not null && main is not null)
        {
            var more = new Dictionary<string, object?>
            {
                ["summary_count"] = summed,
                ["summary_excluded"] = excluded,
                ["summary_excluded_count"] = excluded.Count,
            };
            var markup = ReportTemplateRenderer.Render(sum, templates, main, null, more, local);
            if (markup is not null)
            {
                var markupName = $"{templates.DisplayRoot}/common/summary.scriban（{sum.Year} 年度汇总的输出）";
                sources.Remember(markupName, markup);
                document = DocumentBuilder.Build(markup, markupName, new Dictionary<string, NarrativeText>(), local);
            }
        }

        diagnostics.AddRange(local.Items);
        return local.HasErrors ? null : document;
    }
}
