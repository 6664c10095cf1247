using Generator.Data;
using Generator.Import.Source;

namespace Generator.Import.Recognizing;

/// <summary>
/// Table 2 by its row labels: a row is named by its last label cell (the most specific: “1.属于国家秘密”, not
/// “（三）不予公开”), its figures are the cells after that label. Reading from the label, not from column
/// positions, is what survives rowspans written per row, missing or surplus spans, and pieces after a page break.
/// </summary>
internal static class RequestsTableReader
{
    public const int Columns = 7;

    public static void Read(IReadOnlyList<SourceRow> rows, ReportFormat format, ImportedReport report)
    {
        for (var n = 0; n < rows.Count; n++)
        {
            var cells = rows[n].Cells;
            var labelAt = LastLabel(cells);
            if (labelAt < 0 || labelAt == cells.Count - 1)
            {
                continue;
            }

            var label = cells[labelAt].Text;
            var data = cells.Skip(labelAt + 1).ToList();
            var path = RequestRowNames.PathOf(label);
            if (path is null || !data.Any(c => c.Text.Length > 0) && data.Count < Columns - 1)
            {
                if (path is null && data.Any(c => c.Text.Length > 0))
                {
                    report.Notes.Add($"表2 第{n + 1}行“{label}”不是官方表格中的行，其中的数字没有导入。");
                }

                continue;
            }

            path = FitToFormat(path, format);
            if (report.Requests.ContainsKey(path))
            {
                report.Notes.Add($"表2 第{n + 1}行“{label}”与前面的行重复，只导入了前一行。");
                continue;
            }

            report.Requests[path] = Values(data, $"表2 第{n + 1}行“{label}”", rows[n]);
        }

        foreach (var (path, label) in RequestRowNames.All(format))
        {
            if (!report.Requests.ContainsKey(path))
            {
                if (rows.Count > 0)
                {
                    report.Notes.Add($"表2 中没有找到“{label}”这一行，这一行写作 ~。");
                }

                report.Requests[path] = [.. TableColumns.Applicants.Select(c => ImportedValue.Missing($"表2“{label}”/{c}", default, $"原表中没有找到“{label}”这一行"))];
            }
        }
    }

    /// <summary>The 2019 format's single （六）其他处理 row: a report of that format labelled it “其他”.</summary>
    private static string FitToFormat(string path, ReportFormat format) =>
        format == ReportFormat.Format2019 && path == "other_handling.other" ? "other_handling" : path;

    private static ImportedValue[] Values(List<SourceCell> data, string row, SourceRow source)
    {
        // Cells a missing colspan left before the figures, or a surplus one after them, are empty.
        while (data.Count > Columns && data[0].Text.Length == 0)
        {
            data.RemoveAt(0);
        }

        while (data.Count > Columns && data[^1].Text.Length == 0)
        {
            data.RemoveAt(data.Count - 1);
        }

        if (data.Count is not (Columns or Columns - 1))
        {
            var why = $"这一行有 {data.Count} 个数字格，应为 {Columns} 个（六类申请人和总计），无法确定各数属于哪一列";
            return [.. TableColumns.Applicants.Select((c, i) => new ImportedValue("~", why, i < data.Count ? data[i].Text : string.Empty, $"{row}/{c}", i < data.Count ? data[i].Span : source.Span))];
        }

        return [.. data.Select((cell, i) =>
        {
            var (yaml, doubt) = CellValues.Count(cell.Text);
            return new ImportedValue(yaml, doubt, cell.Text, $"{row}/{TableColumns.Applicants[i]}", cell.Span);
        })];
    }

    private static int LastLabel(IReadOnlyList<SourceCell> cells)
    {
        for (var i = cells.Count - 1; i >= 0; i--)
        {
            if (Labels.IsWords(cells[i].Text))
            {
                return i;
            }
        }

        return -1;
    }
}
