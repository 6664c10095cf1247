using Generator.Document;
using Generator.Graphic;

namespace Generator.Rendering.Graphic;

/// <summary>
/// <c>graphic.png</c>: the SVG drawn with <paramref name="fonts"/> (see <see cref="GraphicFonts"/>); none for a
/// report without a graphic. A build without a CJK font leaves this writer out and says so (GEN0255).
/// </summary>
/// <param name="fonts">The font to draw with; null for the system's (found on first use).</param>
public sealed class GraphicPngWriter(GraphicFonts? fonts = null) : IReportWriter
{
    public GraphicFonts? Fonts => fonts ?? GraphicFonts.System;

    public string FileName => GraphicOutput.PngFile;

    public string FormatName => "graphic";

    public bool RendersApart => true;

    public byte[]? Write(ReportDocument document) =>
        document.Graphic is { } graphic && Fonts is { Readable: true } fonts ? PngRenderer.Render(graphic.Svg, fonts) : null;
}
