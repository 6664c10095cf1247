namespace Generator.Summary;

/// <summary>
/// What <c>summary</c> sums: one year, over the bureaus named, the bureaus of a group of <c>data/groups.yaml</c>, or
/// (neither given) every bureau of the data folder.
/// </summary>
public sealed record SummaryOptions(
    string DataFolder,
    string? TemplatesFolder,
    string OutFolder,
    int Year,
    IReadOnlyList<string>? Bureaus = null,
    string? Group = null,
    string? DisplayBase = null);
