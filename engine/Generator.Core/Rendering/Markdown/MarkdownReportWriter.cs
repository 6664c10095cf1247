using System.Text;
using Generator.Document;

namespace Generator.Rendering.Markdown;

/// <summary>The Markdown file of a report, for review and diffs.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public string FileName => "report.md";

    public string FormatName => "md";

    /// <summary>One builder per thread, emptied for each report, as for HTML.</summary>
    [ThreadStatic]
    private static StringBuilder? Builder;

    public byte[] Write(ReportDocument document)
    {
        // Room for a whole report (the samples are ~4,500 characters).
        var sb = (Builder ??= new StringBuilder(8 * 1024)).Clear();
        new MarkdownRenderer(sb).RenderAll(document.Blocks);
        return Utf8Output.OfLines(sb);
    }
}
