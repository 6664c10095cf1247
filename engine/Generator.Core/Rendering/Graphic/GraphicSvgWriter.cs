using Generator.Document;
using Generator.Graphic;

namespace Generator.Rendering.Graphic;

/// <summary><c>graphic.svg</c>: the 一图读懂 as its template made it (UTF-8, no byte order mark); none for a report without one.</summary>
public sealed class GraphicSvgWriter : IReportWriter
{
    public string FileName => GraphicOutput.SvgFile;

    public string FormatName => "graphic";

    public byte[]? Write(ReportDocument document) =>
        document.Graphic is { } graphic ? new System.Text.UTF8Encoding(false).GetBytes(graphic.Svg) : null;
}
