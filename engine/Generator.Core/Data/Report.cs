using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>One annual disclosure report: one bureau, one year, validated figures and narrative.</summary>
public sealed record Report(
    Bureau Bureau,
    int Year,
    ReportFormat Format,
    string Title,
    bool StandardIntro,
    NarrativeText? Intro,
    NarrativeText Overview,
    ProactiveDisclosure ProactiveDisclosure,
    RequestHandling Requests,
    Appeals Appeals,
    NarrativeText ProblemsAndImprovements,
    NarrativeText OtherMatters,
    Money? ProcessingFee,
    DateOnly? SignedOn,
    IReadOnlyList<Waiver> Waivers,
    SourceSpan Span)
{
    public string File => Span.File;
}
