namespace Generator.Import;

/// <summary>What <c>import</c> should do.</summary>
/// <param name="Inputs">Files and folders (every report file in a folder, recursively).</param>
/// <param name="Bureau">The bureau the reports belong to; null to find it among the bureaus in <paramref name="DataFolder"/> by the agency's name.</param>
/// <param name="Force">Overwrite an existing year file instead of writing <c>&lt;year&gt;.imported.yaml</c> beside it.</param>
/// <param name="TemplatesFolder">The templates in use, or null for the built-in official ones: sentences they generate are recognised and not kept as narrative.</param>
/// <param name="AsPublished">Write a waiver for every relation the published figures break, so that the year regenerates as published.</param>
public sealed record ImportOptions(
    IReadOnlyList<string> Inputs,
    string DataFolder = "data",
    string? Bureau = null,
    bool Force = false,
    bool AsPublished = false,
    string? DisplayBase = null,
    string? TemplatesFolder = "templates");
