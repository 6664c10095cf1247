using Generator.Document;

namespace Generator.Rendering;

/// <summary>One output format: renders a whole document to bytes in memory (written to disk only when every format succeeded).</summary>
public interface IReportWriter
{
    /// <summary>File name in the report's output folder, e.g. <c>report.html</c>.</summary>
    string FileName { get; }

    /// <summary>Short name used on the command line (<c>--format html,md</c>).</summary>
    string FormatName { get; }

    /// <summary>
    /// Whether rendering takes long enough to start on a thread of its own while the other formats render (graphic.png:
    /// drawing and compressing a phone-sized picture takes several times as long as any text format).
    /// </summary>
    bool RendersApart => false;

    /// <summary>The file's bytes; null when the format has nothing for this report (a report without a graphic has no graphic.svg).</summary>
    byte[]? Write(ReportDocument document);
}
