using Generator.Diagnostics;

namespace Generator.Document.Blocks;

/// <summary>Starts a new printed page (Word page break, CSS break-before in print).</summary>
public sealed record PageBreak(SourceSpan Span) : Block(Span);
