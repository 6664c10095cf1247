using Generator.Document.Blocks;

namespace Generator.Rendering.Html;

/// <summary>
/// A semantic table: header rows in <c>thead</c>, labels as <c>th</c> with the scope of what they
/// head, <c>rowspan</c>/<c>colspan</c> exactly as on the form.
/// </summary>
internal sealed class TableRenderer : NodeRenderer<HtmlRenderer, Table>
{
    protected override void Write(HtmlRenderer r, Table node)
    {
        r.Write("<table>\n");
        if (node.Caption.Length > 0)
        {
            r.Write("<caption>").WriteEscaped(node.Caption).Write("</caption>\n");
        }

        if (node.HeaderRowCount > 0)
        {
            r.Write("<thead>\n").RenderAll(node.Rows.Take(node.HeaderRowCount));
            r.Write("</thead>\n");
        }

        r.Write("<tbody>\n").RenderAll(node.Rows.Skip(node.HeaderRowCount));
        r.Write("</tbody>\n</table>\n");
    }
}

internal sealed class TableRowRenderer : NodeRenderer<HtmlRenderer, TableRow>
{
    protected override void Write(HtmlRenderer r, TableRow node)
    {
        r.Write("<tr>").RenderAll(node.Cells);
        r.Write("</tr>\n");
    }
}

internal sealed class TableCellRenderer : NodeRenderer<HtmlRenderer, TableCell>
{
    protected override void Write(HtmlRenderer r, TableCell node)
    {
        var tag = node.Kind == CellKind.Data ? "td" : "th";
        r.Write("<").Write(tag);
        switch (node.Kind)
        {
            case CellKind.ColumnHeader:
                r.Write(node.ColSpan > 1 ? " scope=\"colgroup\"" : " scope=\"col\"");
                break;
            case CellKind.RowHeader:
                r.Write(node.RowSpan > 1 ? " scope=\"rowgroup\"" : " scope=\"row\"");
                break;
        }

        if (node.RowSpan > 1)
        {
            r.Write($" rowspan=\"{node.RowSpan}\"");
        }

        if (node.ColSpan > 1)
        {
            r.Write($" colspan=\"{node.ColSpan}\"");
        }

        r.Write(">").WriteEscaped(node.Text).Write("</").Write(tag).Write(">");
    }
}
