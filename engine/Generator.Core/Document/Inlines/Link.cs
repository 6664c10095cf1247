using Generator.Diagnostics;

namespace Generator.Document.Inlines;

/// <summary>A link; <see cref="Url"/> is always http, https or mailto (checked when the model is built).</summary>
public sealed record Link(string Url, IReadOnlyList<Inline> Inlines, SourceSpan Span) : Inline(Span);
