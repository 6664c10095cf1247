namespace Generator.Building;

/// <summary>What <c>build</c> should do; every path may be relative to the working directory.</summary>
/// <param name="Pdf">Also turn each Word file into <c>report.pdf</c> with LibreOffice.</param>
/// <param name="Office">The LibreOffice program for <paramref name="Pdf"/>; null to look for it (see <see cref="Pdf.PdfConverter.FindOffice"/>).</param>
public sealed record BuildOptions(
    string DataFolder = "data",
    string TemplatesFolder = "templates",
    string OutFolder = "out",
    string? Bureau = null,
    int? Year = null,
    IReadOnlyList<string>? Formats = null,
    string? DisplayBase = null,
    bool Pdf = false,
    string? Office = null);
