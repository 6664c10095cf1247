using Generator.Diagnostics;

namespace Generator.Document.Inlines;

public sealed record Emphasis(IReadOnlyList<Inline> Inlines, SourceSpan Span) : Inline(Span);
