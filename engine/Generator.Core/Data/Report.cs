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

    /// <summary>
    /// The same bureau's report of the year before as read for the cross-year checks, in its own format; null
    /// when there is none or it could not be read. Internal, so templates (which see public properties) reach it
    /// only as <c>previous</c>, put in this year's format (<see cref="Validation.YearOverYear.PreviousYear"/>).
    /// </summary>
    internal Report? PreviousYear { get; init; }

    /// <summary>
    /// The narrative fields that are filled in, by their path in the YAML file (<c>overview</c>,
    /// <c>requests.note</c>): the one list behind the template names and the narrative checks.
    /// A method, not a property, so templates (which see properties only) do not see it.
    /// </summary>
    public IEnumerable<(string Path, NarrativeText Text)> NarrativeFields()
    {
        (string, NarrativeText?)[] all =
        [
            ("intro", Intro), ("overview", Overview), ("proactive_disclosure.note", ProactiveDisclosure.Note),
            ("requests.note", Requests.Note), ("appeals.note", Appeals.Note),
            ("problems_and_improvements", ProblemsAndImprovements), ("other_matters", OtherMatters),
        ];
        return all.Where(n => n.Item2 is not null).Select(n => (n.Item1, n.Item2!));
    }
}
