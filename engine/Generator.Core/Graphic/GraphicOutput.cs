namespace Generator.Graphic;

/// <summary>A report's 一图读懂: the SVG its template made (checked) and the figures it shows, for the text table beside it.</summary>
public sealed record GraphicOutput(string Svg, GraphicFigures Figures)
{
    public const string SvgFile = "graphic.svg";
    public const string PngFile = "graphic.png";
}
