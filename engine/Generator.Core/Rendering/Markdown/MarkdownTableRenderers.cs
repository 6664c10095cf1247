using System.Text;
using Generator.Document.Blocks;

namespace Generator.Rendering.Markdown;

/// <summary>
/// Tables become GFM pipe tables on the full grid of the form: a merged cell's text stands in its
/// first position and the positions it covers are empty, which GitHub and pandoc both display. An
/// HTML comment above the table lists every merge, so no information of the form is lost. (Grid
/// tables with spans are pandoc-only and render as text on GitHub; raw HTML tables are dropped by
/// pandoc when converting to Word.) See docs/markdown-tables.md.
/// </summary>
internal sealed class TableRenderer : NodeRenderer<MarkdownRenderer, Table>
{
    protected override void Write(MarkdownRenderer r, Table node)
    {
        var merges = new List<string>();
        for (var i = 0; i < node.Rows.Count; i++)
        {
            foreach (var cell in node.Rows[i].Cells.Where(c => c.RowSpan > 1 || c.ColSpan > 1))
            {
                merges.Add($"第{i + 1}行第{cell.Column + 1}列起{cell.RowSpan}行×{cell.ColSpan}列");
            }
        }

        if (node.Caption.Length > 0 || merges.Count > 0)
        {
            var caption = node.Caption.Replace("--", "－", StringComparison.Ordinal);
            r.Write("<!-- ").Write(caption);
            if (merges.Count > 0)
            {
                r.Write(caption.Length > 0 ? "。" : string.Empty).Write("合并单元格：").Write(string.Join("；", merges));
            }

            r.Write(" -->").NewLine().NewLine();
        }

        r.CurrentTable = node;
        for (var i = 0; i < node.Rows.Count; i++)
        {
            r.Render(node.Rows[i]);
            if (i == 0)
            {
                var separator = new StringBuilder("|");
                for (var c = 0; c < node.ColumnCount; c++)
                {
                    separator.Append(" --- |");
                }

                r.Write(separator.ToString()).NewLine();
            }
        }

        r.CurrentTable = null;
        r.NewLine();
    }
}

/// <summary>Writes the row on the full grid: covered positions (by spans from the left or from above) are empty cells.</summary>
internal sealed class TableRowRenderer : NodeRenderer<MarkdownRenderer, TableRow>
{
    protected override void Write(MarkdownRenderer r, TableRow node)
    {
        var table = r.CurrentTable ?? throw new InvalidOperationException("A table row is rendered outside a table.");
        r.Write("|");

        // Cells come in column order; a position no cell starts at is covered by a span (an empty cell).
        var next = 0;
        for (var column = 0; column < table.ColumnCount; column++)
        {
            if (next < node.Cells.Count && node.Cells[next].Column == column)
            {
                r.Write(" ");
                var start = r.Output.Length;
                r.Render(node.Cells[next++]);
                if (r.Output.Length > start)
                {
                    // An empty cell is " |", not "  |".
                    r.Write(" ");
                }

                r.Write("|");
            }
            else
            {
                r.Write(" |");
            }
        }

        r.NewLine();
    }
}

internal sealed class TableCellRenderer : NodeRenderer<MarkdownRenderer, TableCell>
{
    protected override void Write(MarkdownRenderer r, TableCell node) => r.Write(MarkdownEscaper.Escape(node.Text));
}
