using Generator.Diagnostics;

namespace Generator.Building;

/// <summary>Everything a build did: the diagnostics and, in data order, what happened to each report.</summary>
/// <param name="Elapsed">Wall time of the whole build.</param>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<ReportOutcome> Outcomes, TimeSpan Elapsed = default)
{
    /// <summary>Reports whose files are in the output folder after the build: built now or already up to date.</summary>
    public IReadOnlyList<ReportOutcome> Reports { get; } = [.. Outcomes.Where(o => o.Status is ReportStatus.Built or ReportStatus.UpToDate)];

    public int Built => Outcomes.Count(o => o.Status == ReportStatus.Built);

    public int UpToDate => Outcomes.Count(o => o.Status == ReportStatus.UpToDate);

    public int Failed => Outcomes.Count(o => o.Status == ReportStatus.Failed);

    /// <summary>Drafts left out of a build of every year (see <see cref="ReportStatus.Draft"/>).</summary>
    public int Drafts => Outcomes.Count(o => o.Status == ReportStatus.Draft);

    public bool Succeeded => Failed == 0 && !Diagnostics.Any(d => d.IsError);
}
