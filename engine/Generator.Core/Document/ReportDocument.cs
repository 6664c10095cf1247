namespace Generator.Document;

/// <summary>The whole report as a document: title (for page metadata) and the blocks in order.</summary>
public sealed record ReportDocument(string Title, IReadOnlyList<Block> Blocks)
{
    /// <summary>Every report is Chinese; renderers declare it (HTML <c>lang</c>, Word <c>w:lang</c>).</summary>
    public const string Language = "zh-CN";

    /// <summary>
    /// The report's 一图读懂, made from the same figures by its own template; null when the report gets none.
    /// Not a node: it is published beside the report (graphic.svg, graphic.png), and the HTML page links it
    /// with its text equivalent.
    /// </summary>
    public Graphic.GraphicOutput? Graphic { get; init; }
}
