using Generator.Diagnostics;

namespace Generator.Document.Inlines;

public sealed record Strong(IReadOnlyList<Inline> Inlines, SourceSpan Span) : Inline(Span);
