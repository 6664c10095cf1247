using Generator.Diagnostics;

namespace Generator.Document;

public abstract record Block(SourceSpan Span) : Node(Span);
