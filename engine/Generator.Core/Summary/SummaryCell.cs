using Generator.Data;

namespace Generator.Summary;

/// <summary>
/// One cell of tables 1–3 as a column of the workbook: its table, its official row and column labels, and how to
/// read it from a report (null when blank). Money is read in 万元, the unit of the summed table.
/// </summary>
internal sealed record SummaryCell(string Table, string Row, string Column, bool IsMoney, Func<Report, decimal?> Read)
{
    /// <summary>The header as staff read it: table, row and column of the official form.</summary>
    public string Label => Column.Length == 0 ? $"{Table} {Row}" : $"{Table} {Row}：{Column}";
}
