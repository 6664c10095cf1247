using Generator.Diagnostics;

namespace Generator.Summary;

/// <summary>
/// What <c>summary</c> did: its own diagnostics (the group file, mixed formats, templates, output; each bureau's
/// own problems are on the board), every bureau's state, the anomalies, and the files written.
/// </summary>
public sealed record SummaryResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<BureauStatus> Bureaus,
    IReadOnlyList<Anomaly> Anomalies,
    IReadOnlyList<string> Files,
    string Folder)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
