namespace Generator.Building;

/// <summary>What <c>build</c> should do; every path may be relative to the working directory.</summary>
/// <param name="TemplatesFolder">The templates folder; null for the official templates built into the program.</param>
/// <param name="Pdf">Also turn each Word file into <c>report.pdf</c> with LibreOffice.</param>
/// <param name="Office">The LibreOffice program for <paramref name="Pdf"/>; null to look for it (see <see cref="Pdf.PdfConverter.FindOffice"/>).</param>
/// <param name="Force">Rebuild every report even when the manifest says its outputs are up to date.</param>
/// <param name="DryRun">Do everything but write: report what would change, leave <paramref name="OutFolder"/> untouched.</param>
/// <param name="Diff">Give each report whose Markdown changed a line diff of the old and new text.</param>
/// <param name="MaxParallelism">How many bureaus are built at once; null for one per processor.</param>
/// <param name="LockWait">How long to wait for another build writing to the same output folder; null for the default.</param>
/// <param name="GraphicFont">The CJK font file graphic.png is drawn with; null for the system's (see <see cref="Graphic.GraphicFonts"/>).</param>
/// <param name="CheckOnly">
/// Run every check of a build — data, relations, narrative, templates, the document — and stop before rendering
/// and writing: <c>validate</c>, so that it can never miss an error that stops <c>build</c>.
/// </param>
/// <param name="KeepRendered">
/// Keep every rendered format's bytes in the outcome (<see cref="ReportOutcome.Rendered"/>) and write nothing:
/// <c>serve</c>, which shows the reports from memory. Implies <paramref name="DryRun"/>'s behaviour for the output folder.
/// </param>
/// <param name="DrawPng">
/// Draw graphic.png with the graphic; <c>serve</c> shows graphic.svg and leaves it out: drawing takes about 0.1 s a
/// report, and a template used by 50 reports would keep every save waiting seconds for pictures nobody looks at.
/// </param>
public sealed record BuildOptions(
    string DataFolder = "data",
    string? TemplatesFolder = "templates",
    string OutFolder = "out",
    string? Bureau = null,
    int? Year = null,
    IReadOnlyList<string>? Formats = null,
    string? DisplayBase = null,
    bool Pdf = false,
    string? Office = null,
    bool Force = false,
    bool DryRun = false,
    bool Diff = false,
    int? MaxParallelism = null,
    TimeSpan? LockWait = null,
    string? GraphicFont = null,
    bool CheckOnly = false,
    bool KeepRendered = false,
    bool DrawPng = true);
