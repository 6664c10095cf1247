using Generator.Diagnostics;

namespace Generator.Summary;

/// <summary>
/// One row of the status board. <paramref name="Links"/> are the report's files in the output folder (format
/// label and path relative to the output folder), present for a report that has been built.
/// </summary>
public sealed record BureauStatus(
    string BureauId,
    string Agency,
    BureauState State,
    int Errors,
    int Warnings,
    Diagnostic? FirstError,
    IReadOnlyList<(string Label, string Path)> Links)
{
    /// <summary>Whether its figures are in the totals: reports without errors only.</summary>
    public bool Summed => State is BureauState.Warnings or BureauState.NotBuilt or BureauState.Built;

    /// <summary>The state as staff read it.</summary>
    public string StateText => State switch
    {
        BureauState.NotCreated => "未建立",
        BureauState.Draft => "草稿",
        BureauState.Errors => "有错误",
        BureauState.Warnings => "有警告",
        BureauState.NotBuilt => "待生成",
        _ => "已生成",
    };
}
