using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>Who publishes the report: from <c>data/&lt;id&gt;/bureau.yaml</c>, shared by all years.</summary>
/// <param name="SelfReference">How the bureau names itself in generated sentences: 本机关 (the default), 本局, 我局, 我区….</param>
public sealed record Bureau(
    string Id,
    string Agency,
    string? Region,
    Contact? Contact,
    string? Website,
    string? WebsiteName,
    string Signature,
    SourceSpan Span,
    string SelfReference = Bureau.DefaultSelfReference)
{
    public const string DefaultSelfReference = "本机关";
}
