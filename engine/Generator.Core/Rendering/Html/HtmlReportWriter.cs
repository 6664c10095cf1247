using System.Text;
using Generator.Document;

namespace Generator.Rendering.Html;

/// <summary>
/// A standalone HTML page per report: zh-CN, no external resources (portals often forbid them), a CJK
/// font stack, and a print stylesheet for A4 with the GB/T 9704 margins.
/// </summary>
public sealed class HtmlReportWriter : IReportWriter
{
    public string FileName => "report.html";

    public string FormatName => "html";

    /// <summary>
    /// One builder per thread, emptied for each report: a new one per report was its largest allocation.
    /// It keeps what room a long report made it grow to.
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? Builder;

    public byte[] Write(ReportDocument document)
    {
        // Room for a whole report (the samples are ~10,000 characters) but under the large object heap's
        // 85,000 bytes: a 64 K-character buffer was 128 KB, and its heap forced a full GC every ~25 reports.
        var sb = (Builder ??= new StringBuilder(16 * 1024)).Clear();
        var renderer = new HtmlRenderer(sb);
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(ReportDocument.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        sb.Append("<meta name=\"generator\" content=\"Generator\">\n<title>");
        renderer.WriteEscaped(document.Title);
        sb.Append("</title>\n<style>\n").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n<main>\n<article>\n");
        renderer.RenderAll(document.Blocks);
        sb.Append("</article>\n");
        if (document.Graphic is { } graphic)
        {
            HtmlGraphicSection.Write(renderer, graphic);
        }

        sb.Append("</main>\n</body>\n</html>\n");
        return Utf8Output.Of(sb);
    }
}
