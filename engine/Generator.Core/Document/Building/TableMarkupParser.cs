using Generator.Diagnostics;
using Generator.Document.Blocks;

namespace Generator.Document.Building;

/// <summary>
/// Parses the body of a <c>```table</c> block. One line per row, cells separated by <c>|</c>; a cell
/// may start with attributes in braces (no bars at the start or end of a line: a bar always separates two cells): <c>h</c> column header, <c>rh</c> row header, <c>cN</c>
/// colspan, <c>rN</c> rowspan. A line <c>---</c> ends the header rows. An optional first line
/// <c>{widths 3 5 16 …}</c> gives the relative column widths of the printed form. Example:
/// <code>
/// {widths 2 1 1 1 1 1 1 1}
/// {h r2} 自然人 | {h c5} 法人或其他组织
/// {h} 商业企业 | …
/// ---
/// {rh} 一、本年新收… | 10 | 0
/// </code>
/// The grid is checked: every row must fill the width exactly, so a template cannot produce a table
/// whose merged cells differ from the form without an error.
/// </summary>
internal static class TableMarkupParser
{
    public static Table? Parse(string caption, IReadOnlyList<(string Text, SourceSpan Span)> lines, SourceSpan span, DiagnosticBag diagnostics)
    {
        var rows = new List<RawRow>();
        var headerRows = 0;
        (int[] Weights, SourceSpan Span)? widths = null;
        foreach (var (text, lineSpan) in lines)
        {
            var trimmed = text.AsSpan().Trim();
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (trimmed.StartsWith("{widths", StringComparison.Ordinal))
            {
                var weights = ParseWidths(trimmed.ToString(), rows.Count == 0 && widths is null, lineSpan, diagnostics);
                if (weights is null)
                {
                    return null;
                }

                widths = (weights, lineSpan);
                continue;
            }

            if (trimmed is "---")
            {
                headerRows = rows.Count;
                continue;
            }

            var cells = ParseCells(trimmed, lineSpan, diagnostics);
            if (cells is null)
            {
                return null;
            }

            rows.Add(new RawRow(cells, text, lineSpan));
        }

        if (rows.Count == 0)
        {
            diagnostics.Error(DiagnosticCode.DocumentMarkup, span, "表格没有任何行");
            return null;
        }

        var table = Place(caption, rows, headerRows, span, diagnostics);
        if (table is not null && widths is { } w)
        {
            if (w.Weights.Length != table.ColumnCount)
            {
                diagnostics.Error(DiagnosticCode.DocumentMarkup, w.Span, $"表格“{caption}”有 {table.ColumnCount} 列，但 widths 给了 {w.Weights.Length} 个宽度",
                    "每一列写一个宽度（正整数，按比例分配）。");
                return null;
            }

            table = table with { ColumnWidths = w.Weights };
        }

        return table;
    }

    /// <summary>Reads <c>{widths 3 5 16}</c>: positive integers, one per grid column, allowed only before the first row.</summary>
    private static int[]? ParseWidths(string line, bool first, SourceSpan span, DiagnosticBag diagnostics)
    {
        const string Hint = "写法：表格的第一行写 {widths 3 5 16 …}，每列一个正整数，表示各列宽度的比例。";
        if (!first || !line.EndsWith('}'))
        {
            diagnostics.Error(DiagnosticCode.DocumentMarkup, span, $"列宽写法不对：{line}", Hint);
            return null;
        }

        var parts = line[7..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var weights = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out weights[i]) || weights[i] is < 1 or > 1000)
            {
                diagnostics.Error(DiagnosticCode.DocumentMarkup, span, $"列宽“{parts[i]}”不是 1 到 1000 之间的整数：{line}", Hint);
                return null;
            }
        }

        return weights;
    }

    private static Table? Place(string caption, List<RawRow> rows, int headerRows, SourceSpan span, DiagnosticBag diagnostics)
    {
        var width = rows[0].Cells.Sum(c => c.ColSpan);
        var coveredUntil = new int[width]; // for each column, the first row index no longer covered by a rowspan
        var result = new List<TableRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var placed = new List<TableCell>(rows[r].Cells.Count);
            var column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (column < width && coveredUntil[column] > r)
                {
                    column++;
                }

                if (column + cell.ColSpan > width || Covered(coveredUntil, column, cell.ColSpan, r))
                {
                    diagnostics.Error(DiagnosticCode.DocumentMarkup, rows[r].Span, $"表格“{caption}”第 {r + 1} 行的单元格超出了 {width} 列的宽度：{rows[r].Text}",
                        "请检查该行及上方各行的合并单元格（cN / rN）。");
                    return null;
                }

                if (r + cell.RowSpan > rows.Count)
                {
                    diagnostics.Error(DiagnosticCode.DocumentMarkup, rows[r].Span, $"表格“{caption}”第 {r + 1} 行的单元格向下合并 {cell.RowSpan} 行，超出了表格末尾：{rows[r].Text}");
                    return null;
                }

                for (var c = column; c < column + cell.ColSpan; c++)
                {
                    coveredUntil[c] = r + cell.RowSpan;
                }

                placed.Add(new TableCell(cell.Kind, cell.Text, column, cell.RowSpan, cell.ColSpan, cell.Span));
                column += cell.ColSpan;
            }

            if (coveredUntil.AsSpan().IndexOfAnyInRange(int.MinValue, r) >= 0)
            {
                diagnostics.Error(DiagnosticCode.DocumentMarkup, rows[r].Span, $"表格“{caption}”第 {r + 1} 行没有填满 {width} 列：{rows[r].Text}",
                    "空白单元格也要写出（两个 | 之间留空）。");
                return null;
            }

            result.Add(new TableRow(placed, rows[r].Span));
        }

        return new Table(caption, width, headerRows, result, [], span);
    }

    /// <summary>Whether any of <paramref name="count"/> columns from <paramref name="first"/> is still covered in row <paramref name="row"/> by a cell above.</summary>
    private static bool Covered(int[] coveredUntil, int first, int count, int row)
    {
        for (var c = first; c < first + count; c++)
        {
            if (coveredUntil[c] > row)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The cells of a row, split at unescaped <c>|</c>: there are no outer bars, so <c>a | </c> is two
    /// cells, the second empty. Null after reporting a cell that cannot be read. Works on the line in
    /// place: a report has some three hundred cells, and each piece used to be copied two or three times.
    /// </summary>
    private static List<RawCell>? ParseCells(ReadOnlySpan<char> line, SourceSpan span, DiagnosticBag diagnostics)
    {
        var cells = new List<RawCell>();
        var start = 0;
        var i = 0;
        while (true)
        {
            var next = line[i..].IndexOfAny('\\', '|');
            if (next >= 0 && line[i + next] == '\\')
            {
                // An escaped character (a backslash at the very end is just a character).
                i = Math.Min(i + next + 2, line.Length);
                continue;
            }

            var end = next < 0 ? line.Length : i + next;
            if (ParseCell(line[start..end], span, diagnostics) is not { } cell)
            {
                return null;
            }

            cells.Add(cell);
            if (next < 0)
            {
                return cells;
            }

            start = i = end + 1;
        }
    }

    private static RawCell? ParseCell(ReadOnlySpan<char> raw, SourceSpan span, DiagnosticBag diagnostics)
    {
        var text = raw.Trim();
        var kind = CellKind.Data;
        int rowSpan = 1, colSpan = 1;
        if (text.StartsWith('{'))
        {
            var end = text.IndexOf('}');
            if (end < 0)
            {
                diagnostics.Error(DiagnosticCode.DocumentMarkup, span, $"单元格属性缺少 }}：{text}");
                return null;
            }

            var attributes = text[1..end];
            foreach (var range in attributes.Split(' '))
            {
                var attribute = attributes[range];
                if (attribute.IsEmpty)
                {
                    continue;
                }

                if (attribute is "h")
                {
                    kind = CellKind.ColumnHeader;
                }
                else if (attribute is "rh")
                {
                    kind = CellKind.RowHeader;
                }
                else if (attribute[0] == 'c' && int.TryParse(attribute[1..], out var c) && c >= 1)
                {
                    colSpan = c;
                }
                else if (attribute[0] == 'r' && int.TryParse(attribute[1..], out var r) && r >= 1)
                {
                    rowSpan = r;
                }
                else
                {
                    diagnostics.Error(DiagnosticCode.DocumentMarkup, span, $"未知的单元格属性“{attribute}”",
                        "可用：h（列标题）、rh（行标题）、cN（向右合并 N 列）、rN（向下合并 N 行）。");
                    return null;
                }
            }

            text = text[(end + 1)..].Trim();
        }

        return new RawCell(kind, Markup.Unescape(text), rowSpan, colSpan, span);
    }

    /// <summary>One markup line: its cells, its text (quoted in diagnostics, trimmed) and where it is.</summary>
    private sealed record RawRow(List<RawCell> Cells, string Line, SourceSpan Span)
    {
        public string Text => Line.Trim();
    }

    private readonly record struct RawCell(CellKind Kind, string Text, int RowSpan, int ColSpan, SourceSpan Span);
}
