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
            var scores = Scores(table);
            var kind = KindOf(scores);
            if (kind == TableKind.None && previous != TableKind.None
                && (scores[previous] > 0 || (table.Rows.Any(r => r.Cells.Any(c => c.Text.Length > 0)) && table.Rows.All(r => r.Cells.All(c => !Labels.IsWords(c.Text))))))
            {
                // A piece after a page break with too few labels of its own (one row, or only figures) continues the table before it.
                kind = previous;
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

    public static TableKind KindOf(SourceTable table) => KindOf(Scores(table));

    private static TableKind KindOf(Dictionary<TableKind, int> scores)
    {
        var best = scores.MaxBy(s => s.Value);
        return best.Value < 2 ? TableKind.None : best.Key;
    }

    /// <summary>How many cells of the table carry a label of each official table.</summary>
    private static Dictionary<TableKind, int> Scores(SourceTable table)
    {
        var scores = new Dictionary<TableKind, int> { [TableKind.None] = 0, [TableKind.Requests] = 0, [TableKind.Appeals] = 0, [TableKind.Proactive] = 0 };
        foreach (var cell in table.Rows.SelectMany(r => r.Cells))
        {
            if (!Labels.IsWords(cell.Text))
            {
                continue;
            }

            var core = Labels.Core(cell.Text);
            var kind = ProactiveWords.Any(w => core.Contains(w, StringComparison.Ordinal)) ? TableKind.Proactive
                : AppealsWords.Any(w => core.Contains(w, StringComparison.Ordinal)) ? TableKind.Appeals
                : RequestRowNames.PathOf(cell.Text) is not null || core is "自然人" or "申请人情况" or "法人或其他组织" or "商业企业" ? TableKind.Requests
                : TableKind.None;
            scores[kind]++;
        }

        scores[TableKind.None] = 0;
        return scores;
    }
}
