using Generator.Diagnostics;

namespace Generator.Document.Inlines;

/// <summary>A hard line break inside a paragraph.</summary>
public sealed record LineBreak(SourceSpan Span) : Inline(Span);
