using Generator.Diagnostics;

namespace Generator.Building;

/// <summary>What happened to one report in a build.</summary>
public enum ReportStatus
{
    /// <summary>Rendered from its data; each file says whether its bytes changed.</summary>
    Built,

    /// <summary>Nothing it depends on changed since its files were written (see <see cref="BuildManifest"/>); not rendered.</summary>
    UpToDate,

    /// <summary>It has errors; nothing was written and the files already published are kept.</summary>
    Failed,

    /// <summary>
    /// Its year file is a draft (placeholders left from <c>new</c>) and the build was not asked for that year:
    /// left out with a warning, without failing the build.
    /// </summary>
    Draft,
}

/// <summary>How one output file compares with the file already in the output folder.</summary>
public enum FileChange
{
    /// <summary>There was no such file before.</summary>
    Added,

    /// <summary>The new bytes differ from the old file's.</summary>
    Modified,

    /// <summary>Same bytes as before: the file is left as it is (not even touched).</summary>
    Unchanged,

    /// <summary>The report no longer has this file (its graphic): the old one was deleted, as it would show old figures.</summary>
    Removed,
}

/// <summary>One output file of a report: its path, format (<c>html</c>, <c>md</c>, <c>docx</c>, <c>graphic</c>, <c>pdf</c>) and change.</summary>
public sealed record OutputFile(string Path, string Format, FileChange Change);

/// <summary>One rendered format of a report, kept in memory (<see cref="BuildOptions.KeepRendered"/>).</summary>
public sealed record RenderedFile(string FileName, string Format, byte[] Bytes);

/// <summary>
/// One report's part in a build. <paramref name="MarkdownDiff"/> is set when the build was asked for
/// diffs and the Markdown text changed (a unified diff, old against new).
/// </summary>
/// <param name="Diagnostics">
/// This report's own diagnostics (data, checks, its template output, writing; an up-to-date report's replayed
/// warnings); problems of a template set, reported once for all its reports, are not here.
/// </param>
/// <param name="Rendered">Every format's bytes when the build was asked to keep them (<c>serve</c>); else null.</param>
/// <param name="Model">With <paramref name="Rendered"/>: the report as read from its data, which <c>serve</c> maps table cells back to.</param>
/// <param name="Document">With <paramref name="Rendered"/>: the document the files were rendered from.</param>
public sealed record ReportOutcome(string BureauId, int Year, ReportStatus Status, IReadOnlyList<OutputFile> Files, string? MarkdownDiff = null,
    IReadOnlyList<Diagnostic>? Diagnostics = null, IReadOnlyList<RenderedFile>? Rendered = null,
    Data.Report? Model = null, Document.ReportDocument? Document = null)
{
    /// <summary>Whether any file of the report is new or different.</summary>
    public bool Changed => Files.Any(f => f.Change != FileChange.Unchanged);
}
