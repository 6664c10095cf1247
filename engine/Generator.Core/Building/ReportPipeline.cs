using Generator.Data;
using Generator.Diagnostics;
using Generator.Document;
using Generator.Document.Building;
using Generator.Document.Building.Limits;
using Generator.Graphic;
using Generator.Rendering;
using Generator.Templating;

namespace Generator.Building;

/// <summary>Report → template markup → document model → bytes of every requested format, all in memory.</summary>
public static class ReportPipeline
{
    /// <summary>
    /// Template-made nodes point into the markup the templates produced, named after the main template
    /// with the report it was made for, e.g. <c>report.scriban（jiyuan 2021 年度的输出）</c>; it is remembered
    /// like a source file so diagnostics can quote its lines. The name differs per report because each
    /// report's markup differs: with one name, a diagnostic could quote another year's line.
    /// </summary>
    /// <param name="cancellation">The report's budget (<see cref="ReportTime"/>), shared by the template, the markup and the rendering.</param>
    public static ReportDocument? BuildDocument(Report report, TemplateSet templates, SourceTextCache sources, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        var local = new DiagnosticBag();
        var markup = ReportTemplateRenderer.Render(report, templates, local, cancellation);
        ReportDocument? document = null;
        if (markup is not null)
        {
            var markupName = $"{templates.MainDisplayPath}（{report.Bureau.Id} {report.Year} 年度的输出）";
            sources.Remember(markupName, markup);
            document = DocumentBuilder.Build(markup, markupName, ReportTemplateRenderer.Narratives(report), local, cancellation);
            if (!local.HasErrors)
            {
                document = document with { Graphic = GraphicRenderer.Render(report, templates, sources, local, cancellation) };
            }
        }

        diagnostics.AddRange(local.Items);
        return local.HasErrors ? null : document;
    }

    /// <summary>Renders every requested format in memory; the caller writes the files only after all of them are done.</summary>
    /// <remarks>
    /// Bytes are null for a format that has nothing for this report (no graphic: see <see cref="GraphicRenderer"/>).
    /// A writer that <see cref="IReportWriter.RendersApart"/> starts first, on a thread of its own, and the others render
    /// here meanwhile: on a staff member's two-core PC one report's build then takes about as long as its PNG alone.
    /// The results are in the writers' order whatever finishes first, and each writer reads only the immutable document.
    /// </remarks>
    /// <exception cref="OperationCanceledException">The report's budget ran out (checked before each format).</exception>
    public static IReadOnlyList<(string FileName, byte[]? Bytes)> Render(ReportDocument document, IEnumerable<IReportWriter> writers, CancellationToken cancellation = default)
    {
        var list = writers.ToList();
        var apart = list.Select(w => w.RendersApart ? Task.Run(() => Write(w), cancellation) : null).ToList();
        var results = new (string FileName, byte[]? Bytes)[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            if (apart[i] is null)
            {
                results[i] = Write(list[i]);
            }
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (apart[i] is { } task)
            {
                // GetResult, not Result: the writer's own exception, as when it renders here.
                results[i] = task.GetAwaiter().GetResult();
            }
        }

        return results;

        (string FileName, byte[]? Bytes) Write(IReportWriter writer)
        {
            cancellation.ThrowIfCancellationRequested();
            return (writer.FileName, writer.Write(document));
        }
    }
}
