using Generator.Import.Source;

namespace Generator.Import.Recognizing;

/// <summary>
/// Finds the three official tables among the tables of a report by their labels, and puts back together a
/// table that a page break or the portal's editor split into pieces: consecutive pieces of one kind are one table.
/// </summary>
internal static class TableFinder
{
    private static readonly string[] ProactiveWords = ["第二十条", "信息内容", "规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费", "政府集中采购", "本年制发件数", "本年新制作数量", "处理决定数量", "上一年项目数量", "其他对外管理服务事项"];
    private static readonly string[] AppealsWords = ["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "未经复议直接起诉", "复议后起诉"];

    /// <returns>Each official table found, with its rows (pieces joined) and the number of each row as counted in the published table.</returns>
    public static Dictionary<TableKind, List<SourceRow>> Find(IEnumerable<SourceTable> tables)
    {
        var found = new Dictionary<TableKind, List<SourceRow>>();
        var previous = TableKind.None;
        foreach (var table in tables)
        {
            var kind = KindOf(table);
            if (kind == TableKind.None)
            {
                // A piece without labels of its own (only figures) continues the table before it.
                kind = table.Rows.Any(r => r.Cells.Any(c => c.Text.Length > 0)) && table.Rows.All(r => r.Cells.All(c => !Labels.IsWords(c.Text))) ? previous : TableKind.None;
            }

            if (kind != TableKind.None)
            {
                if (!found.TryGetValue(kind, out var rows))
                {
                    found[kind] = rows = [];
                }

                rows.AddRange(table.Rows);
            }

            previous = kind;
        }

        return found;
    }

    public static TableKind KindOf(SourceTable table)
    {
        int proactive = 0, requests = 0, appeals = 0;
        foreach (var cell in table.Rows.SelectMany(r => r.Cells))
        {
            if (!Labels.IsWords(cell.Text))
            {
                continue;
            }

            var core = Labels.Core(cell.Text);
            if (ProactiveWords.Any(w => core.Contains(w, StringComparison.Ordinal)))
            {
                proactive++;
            }
            else if (AppealsWords.Any(w => core.Contains(w, StringComparison.Ordinal)))
            {
                appeals++;
            }
            else if (RequestRowNames.PathOf(cell.Text) is not null || core is "自然人" or "申请人情况" or "法人或其他组织" or "商业企业")
            {
                requests++;
            }
        }

        var best = Math.Max(proactive, Math.Max(requests, appeals));
        return best < 2 ? TableKind.None
            : best == requests ? TableKind.Requests
            : best == appeals ? TableKind.Appeals
            : TableKind.Proactive;
    }
}
