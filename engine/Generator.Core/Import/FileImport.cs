using Generator.Diagnostics;

namespace Generator.Import;

/// <summary>What became of one input file: where its data went, how many figures were read, and every diagnostic (its own and the data file's checks).</summary>
/// <param name="Input">The input as shown to the user.</param>
/// <param name="Written">The year file written (display path), or null when nothing was written.</param>
/// <param name="BesideExisting">The year file existed, so the import went to <c>&lt;year&gt;.imported.yaml</c> beside it.</param>
/// <param name="BureauWritten">The <c>bureau.yaml</c> created for a new bureau, or null.</param>
/// <param name="Kind">The kind of input in Chinese (网页、Word 文件…), or null when it was not read.</param>
/// <param name="Format">The official format recognised (2019 or 2021), or null.</param>
/// <param name="Waivers">How many waivers <c>--as-published</c> wrote.</param>
public sealed record FileImport(
    string Input,
    string? Kind = null,
    string? BureauId = null,
    int? Year = null,
    string? Format = null,
    string? Written = null,
    bool BesideExisting = false,
    string? BureauWritten = null,
    int FiguresRead = 0,
    int CellsUnread = 0,
    int Waivers = 0,
    IReadOnlyList<Diagnostic>? Diagnostics = null)
{
    public IReadOnlyList<Diagnostic> AllDiagnostics => Diagnostics ?? [];

    /// <summary>Imported, and the data file passes the checks (warnings and infos allowed).</summary>
    public bool Succeeded => Written is not null && !AllDiagnostics.Any(d => d.IsError);
}
