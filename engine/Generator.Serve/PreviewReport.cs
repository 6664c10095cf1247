using Generator.Building;
using Generator.Diagnostics;
using Generator.Serve.Editing;

namespace Generator.Serve;

/// <summary>
/// One report as the preview holds it: its latest state and diagnostics, and the files of its last good build.
/// Immutable: a rebuild replaces the whole value, so a request never sees half of an update.
/// </summary>
/// <param name="Sources">The lines the diagnostics quote (from the build that found them).</param>
/// <param name="Files">The rendered formats of the last build without errors; empty when there never was one.</param>
/// <param name="Stale">The files are from an earlier build: the current data has errors (the page shows them greyed).</param>
/// <param name="Version">Grows with every rebuild of this report; <paramref name="FilesVersion"/> only when its files change.</param>
/// <param name="InternalError">The engine failed on this report (a bug, not the data): the message, shown instead of crashing.</param>
public sealed record PreviewReport(
    string BureauId,
    int Year,
    PreviewStatus Status,
    IReadOnlyList<Diagnostic> Diagnostics,
    ISourceTextProvider Sources,
    IReadOnlyList<RenderedFile> Files,
    bool Stale,
    long Version,
    long FilesVersion,
    string? InternalError = null)
{
    public string Key => Keys.Of(BureauId, Year);

    /// <summary>
    /// Where the page's edits in the table go: the year file, its hash when this build read it, and its cells (from
    /// the last good build: each edit finds the value again in the file on disk).
    /// </summary>
    internal EditTarget? Edit { get; init; }

    public RenderedFile? File(string fileName) => Files.FirstOrDefault(f => f.FileName == fileName);
}
