using Generator.Diagnostics;

namespace Generator.Document.Inlines;

/// <summary>Plain text. Renderers escape it for their format.</summary>
public sealed record TextRun(string Text, SourceSpan Span) : Inline(Span);
