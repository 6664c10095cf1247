using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Validation;

/// <summary>
/// The publish gate for the tables: a table without a single figure is an error (a year file fresh from
/// <c>new</c> would otherwise build a report of three empty tables), while blank cells inside a filled
/// table are legal — published reports have them — and are listed once per table as info, so that a
/// forgotten cell is seen before the report goes out.
/// </summary>
internal static class CompletenessChecker
{
    /// <summary>How many rows an info names before it says “等”.</summary>
    private const int RowsNamed = 4;

    /// <param name="hasErrors">Whether the report has errors already: then blank cells are not listed (the report is not built).</param>
    public static void Check(Report report, DiagnosticBag diagnostics, bool hasErrors)
    {
        var listBlanks = !hasErrors;
        Table("表1", "二、主动公开政府信息情况", Table1(report.ProactiveDisclosure), diagnostics, listBlanks);
        Table("表2", "三、收到和处理政府信息公开申请情况", Table2(report.Requests), diagnostics, listBlanks);
        Table("表3", "四、政府信息公开行政复议、行政诉讼情况", Table3(report.Appeals), diagnostics, listBlanks);
    }

    private static void Table(string table, string section, List<Cell> cells, DiagnosticBag diagnostics, bool listBlanks)
    {
        // A cell that was refused is reported already; whether the table is complete cannot be told.
        if (cells.Count == 0 || cells.Exists(c => c.Invalid))
        {
            return;
        }

        var blanks = cells.FindAll(c => c.Blank);
        if (blanks.Count == cells.Count)
        {
            diagnostics.Error(DiagnosticCode.IncompleteTable, cells[0].Span,
                $"{table}（{section}）一个数字也没有填：{cells.Count} 格全是空白（~），报告中这张表会是空的",
                "请按本年度的实际情况填写；确实为 0 的写 0。空白（~）只用于已发布报告中本来就空着的格子。");
            return;
        }

        if (blanks.Count == 0 || !listBlanks)
        {
            return;
        }

        var rows = blanks.GroupBy(c => c.Row).Select(g => $"{g.Key}（{Columns(g.ToList(), cells.FindAll(c => c.Row == g.Key))}）").ToList();
        var named = string.Join("；", rows.Take(RowsNamed)) + (rows.Count > RowsNamed ? $"等 {rows.Count} 行" : string.Empty);
        diagnostics.Info(DiagnosticCode.BlankCells, blanks[0].Span,
            $"{table}有 {blanks.Count} 个空白格，报告中留空（不当作 0）：{named}",
            "空白表示没有填报；若其实是 0，请写 0。");
    }

    /// <summary>The blank columns of one row, said shortly when it is the whole row or all but a filled 总计.</summary>
    private static string Columns(List<Cell> blanks, List<Cell> row) =>
        blanks.Count == row.Count && row.Count > 1 ? "整行"
        : blanks.Count == row.Count - 1 && row.Count > 2 && !row[^1].Blank && row[^1].Column == "总计" ? "只填了总计"
        : string.Join("、", blanks.Select(c => c.Column));

    private static List<Cell> Table1(ProactiveDisclosure table)
    {
        var cells = new List<Cell>();
        void Add(string row, string column, Count count) => cells.Add(new Cell(row, column, count.IsBlank, count.Invalid, count.Span));

        switch (table)
        {
            case ProactiveDisclosure2019 p:
                foreach (var (key, label) in ProactiveRows.Documents2019)
                {
                    var row = p.Documents(key);
                    Add(label, "本年新制作数量", row.MadeThisYear);
                    Add(label, "本年新公开数量", row.PublishedThisYear);
                    Add(label, "对外公开总数量", row.PublishedTotal);
                }

                foreach (var (key, label, withDecisions) in ProactiveRows.Items2019)
                {
                    var row = p.Items(key);
                    Add(label, "上一年项目数量", row.ItemsLastYear);
                    Add(label, "本年增/减", row.ItemsChange);
                    if (withDecisions)
                    {
                        Add(label, "处理决定数量", row.Decisions);
                    }
                }

                Add("政府集中采购", "采购项目数量", p.Procurement.Projects);
                cells.Add(new Cell("政府集中采购", "采购总金额", p.Procurement.Amount is null, false, p.Procurement.Projects.Span));
                break;
            case ProactiveDisclosure2021 p:
                foreach (var (key, label) in ProactiveRows.Documents2021)
                {
                    var row = p.Documents(key);
                    Add(label, "本年制发件数", row.Issued);
                    Add(label, "本年废止件数", row.Repealed);
                    Add(label, "现行有效件数", row.InForce);
                }

                Add("行政许可", "本年处理决定数量", p.Licensing);
                Add("行政处罚", "本年处理决定数量", p.Penalties);
                Add("行政强制", "本年处理决定数量", p.Enforcement);
                cells.Add(new Cell("行政事业性收费", "本年收费金额", p.Fees is null, false, p.Enforcement.Span));
                break;
        }

        return cells;
    }

    private static List<Cell> Table2(RequestHandling table)
    {
        var cells = new List<Cell>();
        foreach (var (label, row) in table.LabelledRows())
        {
            // A derived （七）总计 is the program's sum, not something staff fill in.
            if (row != table.Total || table.TotalStated)
            {
                AddRow(cells, label, row, TableColumns.Applicants);
            }
        }

        return cells;
    }

    private static List<Cell> Table3(Appeals table)
    {
        var cells = new List<Cell>();
        AddRow(cells, "行政复议", table.Reconsideration, TableColumns.Results);
        AddRow(cells, "行政诉讼·未经复议直接起诉", table.DirectSuit, TableColumns.Results);
        AddRow(cells, "行政诉讼·复议后起诉", table.SuitAfterReconsideration, TableColumns.Results);
        return cells;
    }

    /// <summary>A row's cells; its 总计 only when the file states it (otherwise the program adds the parts up).</summary>
    private static void AddRow(List<Cell> cells, string label, FigureRow row, IReadOnlyList<string> columns)
    {
        for (var i = 0; i < row.Parts.Count; i++)
        {
            cells.Add(new Cell(label, columns[i], row.Parts[i].IsBlank, row.Parts[i].Invalid, row.Parts[i].Span));
        }

        if (row.StatedTotal is { } total)
        {
            cells.Add(new Cell(label, columns[^1], total.IsBlank, total.Invalid, total.Span));
        }
    }

    /// <summary>One cell staff fill in: its row label and column as on the form, whether it is blank or was refused, and where it is written.</summary>
    private readonly record struct Cell(string Row, string Column, bool Blank, bool Invalid, SourceSpan Span);
}
