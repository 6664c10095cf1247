using Generator.Data;
using Generator.Import.Source;

namespace Generator.Import.Recognizing;

/// <summary>Table 3: its one row of figures, 15 cells in the order of the form's header (复议, then 未经复议直接起诉, then 复议后起诉).</summary>
internal static class AppealsTableReader
{
    private static readonly (string Key, string Name)[] Groups =
        [("reconsideration", "行政复议"), ("direct_suit", "行政诉讼 未经复议直接起诉"), ("suit_after_reconsideration", "行政诉讼 复议后起诉")];

    private const int Cells = 15;

    public static void Read(IReadOnlyList<SourceRow> rows, ImportedReport report)
    {
        var n = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Cells;
            if (cells.Count >= Cells - 3 && cells.All(c => !Labels.IsWords(c.Text)) && cells.Any(c => c.Text.Length > 0))
            {
                n = i;
                break;
            }
        }

        if (n < 0)
        {
            foreach (var (key, name) in Groups)
            {
                report.Appeals[key] = [.. TableColumns.Results.Select(c => ImportedValue.Missing($"表3 {name}/{c}", default, "原表3中没有找到数字行"))];
            }

            return;
        }

        var data = rows[n].Cells.ToList();
        while (data.Count > Cells && data[^1].Text.Length == 0)
        {
            data.RemoveAt(data.Count - 1);
        }

        for (var g = 0; g < Groups.Length; g++)
        {
            var (key, name) = Groups[g];
            report.Appeals[key] = [.. TableColumns.Results.Select((column, c) =>
            {
                var place = $"表3 第{n + 1}行 {name}/{column}";
                if (data.Count != Cells)
                {
                    var i = (g * TableColumns.Results.Count) + c;
                    return new ImportedValue("~", $"数字行有 {data.Count} 格，应为 {Cells} 格，无法确定各数属于哪一列", i < data.Count ? data[i].Text : string.Empty, place, rows[n].Span);
                }

                var cell = data[(g * TableColumns.Results.Count) + c];
                var (yaml, doubt) = CellValues.Count(cell.Text);
                return new ImportedValue(yaml, doubt, cell.Text, place, cell.Span);
            })];
        }
    }
}
