using Generator.Diagnostics;

namespace Generator.Document.Blocks;

/// <summary>Level 1 is the report title, 2 the six sections (一、…), 3 and below narrative sub-headings.</summary>
public sealed record Heading(int Level, IReadOnlyList<Inline> Inlines, SourceSpan Span) : Block(Span);
