namespace Generator.Document;

/// <summary>The whole report as a document: title (for page metadata) and the blocks in order.</summary>
public sealed record ReportDocument(string Title, IReadOnlyList<Block> Blocks)
{
    /// <summary>Every report is Chinese; renderers declare it (HTML <c>lang</c>, Word <c>w:lang</c>).</summary>
    public const string Language = "zh-CN";
}
