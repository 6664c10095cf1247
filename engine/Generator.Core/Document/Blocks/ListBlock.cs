using Generator.Diagnostics;

namespace Generator.Document.Blocks;

/// <summary>A bulleted or numbered list from narrative Markdown.</summary>
public sealed record ListBlock(bool Ordered, int Start, IReadOnlyList<ListItem> Items, SourceSpan Span) : Block(Span);
