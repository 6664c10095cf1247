using Generator.Diagnostics;

namespace Generator.Document;

public abstract record Inline(SourceSpan Span) : Node(Span);
