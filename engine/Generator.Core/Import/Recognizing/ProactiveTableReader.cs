using Generator.Data;
using Generator.Import.Source;

namespace Generator.Import.Recognizing;

/// <summary>
/// Table 1: each row by its label (the first cell with words), its figures the cells after it in the order of
/// the block's header; the unit of money from the cell, else from the header (“本年收费金额（单位：万元）”).
/// </summary>
internal static class ProactiveTableReader
{
    /// <summary>A row's fields: YAML key, column name for messages, whether it is money, whether it may be negative.</summary>
    private sealed record Field(string Key, string Column, bool Money = false, bool Signed = false);

    private static readonly Field[] Documents2019 = [new("made_this_year", "本年新制作数量"), new("published_this_year", "本年新公开数量"), new("published_total", "对外公开总数量")];
    private static readonly Field[] Items2019 = [new("items_last_year", "上一年项目数量"), new("items_change", "本年增/减", Signed: true), new("decisions", "处理决定数量")];
    private static readonly Field[] Fees2019 = [new("items_last_year", "上一年项目数量"), new("items_change", "本年增/减", Signed: true)];
    private static readonly Field[] Procurement2019 = [new("projects", "采购项目数量"), new("amount", "采购总金额", Money: true)];
    private static readonly Field[] Documents2021 = [new("issued", "本年制发件数"), new("repealed", "本年废止件数"), new("in_force", "现行有效件数")];
    private static readonly Field[] Decisions2021 = [new("decisions", "本年处理决定数量")];
    private static readonly Field[] Fees2021 = [new("amount", "本年收费金额", Money: true)];

    /// <summary>The rows of the format in form order: key, official label, fields.</summary>
    public static IReadOnlyList<(string Key, string Label, IReadOnlyList<string> Fields)> Layout(ReportFormat format) =>
        [.. RowsOf(format).Select(r => (r.Key, r.Label, (IReadOnlyList<string>)[.. r.Fields.Select(f => f.Key)]))];

    private static IEnumerable<(string Key, string Label, Field[] Fields)> RowsOf(ReportFormat format) => format == ReportFormat.Format2021
        ? [("rules", "规章", Documents2021), ("normative_documents", "行政规范性文件", Documents2021), ("licensing", "行政许可", Decisions2021),
            ("penalties", "行政处罚", Decisions2021), ("enforcement", "行政强制", Decisions2021), ("fees", "行政事业性收费", Fees2021)]
        : [("rules", "规章", Documents2019), ("normative_documents", "规范性文件", Documents2019), ("licensing", "行政许可", Items2019),
            ("other_public_services", "其他对外管理服务事项", Items2019), ("penalties", "行政处罚", Items2019), ("enforcement", "行政强制", Items2019),
            ("fees", "行政事业性收费", Fees2019), ("procurement", "政府集中采购", Procurement2019)];

    public static void Read(IReadOnlyList<SourceRow> rows, ReportFormat format, ImportedReport report)
    {
        var layout = RowsOf(format).ToList();
        string? headerUnit = null;
        for (var n = 0; n < rows.Count; n++)
        {
            var cells = rows[n].Cells;
            var labelAt = FirstLabel(cells);
            if (labelAt < 0)
            {
                continue;
            }

            var core = Labels.Core(cells[labelAt].Text);
            if (core.StartsWith("信息内容", StringComparison.Ordinal) || core.StartsWith("第二十条", StringComparison.Ordinal))
            {
                // A block's header: its unit, if it names one, applies to the money of its rows.
                headerUnit = cells.Skip(labelAt + 1).Select(c => CellValues.UnitOf(c.Text)).FirstOrDefault(u => u is not null);
                continue;
            }

            var row = layout.FirstOrDefault(r => Matches(core, r.Label));
            if (row.Key is null)
            {
                continue;
            }

            if (report.Proactive.ContainsKey(row.Key))
            {
                report.Notes.Add($"表1 第{n + 1}行“{cells[labelAt].Text}”与前面的行重复，只导入了前一行。");
                continue;
            }

            var unit = CellValues.UnitOf(cells[labelAt].Text) ?? headerUnit;
            report.Proactive[row.Key] = Values(cells.Skip(labelAt + 1).ToList(), row.Fields, $"表1 第{n + 1}行“{cells[labelAt].Text}”", rows[n], unit);
        }

        foreach (var (key, label, fields) in layout)
        {
            if (!report.Proactive.ContainsKey(key))
            {
                if (rows.Count > 0)
                {
                    report.Notes.Add($"表1 中没有找到“{label}”这一行，这一行写作 ~。");
                }

                report.Proactive[key] = [.. fields.Select(f => ImportedValue.Missing($"表1“{label}”/{f.Column}", default, $"原表中没有找到“{label}”这一行"))];
            }
        }
    }

    /// <summary>规范性文件 and 行政规范性文件 are one row (the 2021 format renamed it); every other label must be the official one.</summary>
    private static bool Matches(string core, string label) =>
        core == label || (label.EndsWith("规范性文件", StringComparison.Ordinal) && core.EndsWith("规范性文件", StringComparison.Ordinal) && core.Length <= 8);

    private static ImportedValue[] Values(List<SourceCell> data, Field[] fields, string row, SourceRow source, string? unit)
    {
        if (fields.Length == 1 && data.Count > 1)
        {
            // One figure under a header spanning three columns, written as three cells by some editors.
            var filled = data.Where(c => c.Text.Length > 0).ToList();
            data = filled.Count <= 1 ? [filled.FirstOrDefault() ?? data[0]] : data;
        }

        while (data.Count > fields.Length && data[^1].Text.Length == 0)
        {
            data.RemoveAt(data.Count - 1);
        }

        var result = new ImportedValue[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var place = $"{row}/{field.Column}";
            if (data.Count != fields.Length)
            {
                var why = data.Count < fields.Length
                    ? $"这一行只有 {data.Count} 格，应为 {fields.Length} 格"
                    : $"这一行有 {data.Count} 格，应为 {fields.Length} 格，无法确定各数属于哪一栏";
                result[i] = new ImportedValue("~", why, i < data.Count ? data[i].Text : string.Empty, place, i < data.Count ? data[i].Span : source.Span);
                continue;
            }

            var cell = data[i];
            var (yaml, doubt) = field.Money ? CellValues.Money(cell.Text, unit) : CellValues.Count(cell.Text, field.Signed);
            result[i] = new ImportedValue(yaml, doubt, cell.Text, place, cell.Span);
        }

        return result;
    }

    private static int FirstLabel(IReadOnlyList<SourceCell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (Labels.IsWords(cells[i].Text))
            {
                return i;
            }
        }

        return -1;
    }
}
