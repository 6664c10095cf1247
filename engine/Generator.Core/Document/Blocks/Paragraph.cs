using Generator.Diagnostics;

namespace Generator.Document.Blocks;

/// <summary>A body paragraph: first line indented by two characters in print, as official documents are.</summary>
public sealed record Paragraph(IReadOnlyList<Inline> Inlines, SourceSpan Span) : Block(Span);
