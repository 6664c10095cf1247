using System.Text;
using Generator.Document;

namespace Generator.Rendering.Markdown;

/// <summary>The Markdown file of a report, for review and diffs.</summary>
public sealed class MarkdownReportWriter : IReportWriter
{
    public string FileName => "report.md";

    public string FormatName => "md";

    public byte[] Write(ReportDocument document)
    {
        // Room for a whole report (the samples are ~4,500 characters); more would only be allocated and cleared.
        var sb = new StringBuilder(8 * 1024);
        new MarkdownRenderer(sb).RenderAll(document.Blocks);
        return Utf8Output.OfLines(sb);
    }
}
