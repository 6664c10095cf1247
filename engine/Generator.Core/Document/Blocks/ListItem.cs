using Generator.Diagnostics;

namespace Generator.Document.Blocks;

public sealed record ListItem(IReadOnlyList<Block> Blocks, SourceSpan Span) : Block(Span);
