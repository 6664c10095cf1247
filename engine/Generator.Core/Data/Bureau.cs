using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>Who publishes the report: from <c>data/&lt;id&gt;/bureau.yaml</c>, shared by all years.</summary>
public sealed record Bureau(
    string Id,
    string Agency,
    string? Region,
    Contact? Contact,
    string? Website,
    string? WebsiteName,
    string Signature,
    SourceSpan Span);
