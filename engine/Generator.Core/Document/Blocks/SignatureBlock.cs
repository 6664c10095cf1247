using Generator.Diagnostics;

namespace Generator.Document.Blocks;

/// <summary>落款: the agency and the date, right-aligned at the end of the report.</summary>
public sealed record SignatureBlock(string Agency, string? Date, SourceSpan Span) : Block(Span);
