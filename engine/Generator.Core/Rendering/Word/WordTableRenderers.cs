using Generator.Document.Blocks;

namespace Generator.Rendering.Word;

/// <summary>
/// A table as on the printed form: fixed layout across the text width, merged cells as
/// <c>gridSpan</c> and <c>vMerge</c>, header rows repeated on every page, no row split across pages.
/// </summary>
internal sealed class TableRenderer : NodeRenderer<WordRenderer, Table>
{
    protected override void Write(WordRenderer r, Table node)
    {
        var layout = new WordTableLayout(node);
        var xml = r.Xml;
        xml.Start("w:tbl"u8);
        xml.Start("w:tblPr"u8);
        xml.Element("w:tblStyle"u8, "w:val"u8, WordStyles.TableGrid);
        xml.Start("w:tblW"u8);
        xml.Attribute("w:w"u8, WordPage.TextWidth);
        xml.Attribute("w:type"u8, "dxa"u8);
        xml.End();
        xml.Element("w:jc"u8, "w:val"u8, "center"u8);
        xml.Element("w:tblLayout"u8, "w:type"u8, "fixed"u8);
        xml.Start("w:tblLook"u8);
        xml.Attribute("w:firstRow"u8, node.HeaderRowCount > 0);
        xml.Attribute("w:firstColumn"u8, true);
        xml.Attribute("w:noHBand"u8, true);
        xml.Attribute("w:noVBand"u8, true);
        xml.End();
        xml.Element("w:tblCaption"u8, "w:val"u8, node.Caption);
        xml.End();
        xml.Start("w:tblGrid"u8);
        foreach (var width in layout.ColumnWidths)
        {
            xml.Element("w:gridCol"u8, "w:w"u8, width);
        }

        xml.End();

        var outer = r.Table;
        r.Table = layout;
        try
        {
            for (var i = 0; i < node.Rows.Count; i++)
            {
                layout.RowIndex = i;
                r.Render(node.Rows[i]);
            }
        }
        finally
        {
            r.Table = outer;
        }

        xml.End();

        // Word needs a paragraph between a table and whatever follows; it also keeps the next table apart.
        WordCells.EmptyParagraph(r, layout);
    }
}

internal sealed class TableRowRenderer : NodeRenderer<WordRenderer, TableRow>
{
    protected override void Write(WordRenderer r, TableRow node)
    {
        var layout = r.Table ?? throw new InvalidOperationException("A table row outside a table.");
        var xml = r.Xml;
        xml.Start("w:tr"u8);
        xml.Start("w:trPr"u8);
        xml.Element("w:cantSplit"u8);
        if (layout.IsHeaderRow)
        {
            xml.Element("w:tblHeader"u8);
        }

        xml.End();

        // Walk the grid: a position is either where a cell of this row starts, or covered by a
        // cell merged down from above, which Word wants repeated as a continuation cell.
        var column = 0;
        var next = 0;
        while (column < layout.ColumnWidths.Count)
        {
            if (CellAt(node.Cells, column, ref next) is { } cell)
            {
                TableCellRenderer.WriteCell(r, cell); // a row holds only cells: no lookup of their renderer
                column += cell.ColSpan;
            }
            else if (layout.CoveringCell(layout.RowIndex, column) is { } above)
            {
                WordCells.Continuation(r, layout, above);
                column += above.ColSpan;
            }
            else
            {
                throw new InvalidOperationException($"Table grid position ({layout.RowIndex}, {column}) has no cell.");
            }
        }

        xml.End();
    }

    /// <summary>
    /// The cell of a row that starts at <paramref name="column"/>. Cells come in column order, so the one
    /// after the last found (<paramref name="next"/>) is nearly always it; otherwise a scan of the row's
    /// few cells, which is still cheaper than a dictionary built per row.
    /// </summary>
    private static TableCell? CellAt(IReadOnlyList<TableCell> cells, int column, ref int next)
    {
        if (next < cells.Count && cells[next].Column == column)
        {
            return cells[next++];
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Column == column)
            {
                return cells[i];
            }
        }

        return null;
    }
}

internal sealed class TableCellRenderer : NodeRenderer<WordRenderer, TableCell>
{
    protected override void Write(WordRenderer r, TableCell node) => WriteCell(r, node);

    internal static void WriteCell(WordRenderer r, TableCell node)
    {
        var layout = r.Table ?? throw new InvalidOperationException("A table cell outside a table.");
        r.Xml.Start("w:tc"u8);
        WordCells.Properties(r.Xml, layout, node, node.RowSpan > 1 ? CellMerge.Restart : CellMerge.None);

        // Labels that head a row read from the left, as on the form; group labels merged over several
        // rows, column headings and figures are centred.
        var left = node.Kind == CellKind.RowHeader && node.RowSpan == 1;
        WordCells.StartParagraph(r.Xml, layout, left ? CellAlignment.Left : CellAlignment.Center);
        r.AppendText(node.Text); // what the TextRun renderer does, without a run made for every cell
        r.Xml.End();
        r.Xml.End();
    }
}

/// <summary>
/// Cell properties shared by the cell that starts a merge and the continuation cells below it, and the
/// paragraphs of cells. Properties are written once per table and shape, then copied (<see cref="XmlPiece"/>):
/// they were most of the markup of a table.
/// </summary>
internal static class WordCells
{
    /// <param name="merge"><see cref="CellMerge.None"/> for a cell of one row; a merged cell's continuations below have <see cref="CellMerge.Continue"/>.</param>
    public static void Properties(WordXmlWriter xml, WordTableLayout layout, TableCell cell, CellMerge merge)
    {
        if (layout.TryGetCellProperties(cell, merge, out var written))
        {
            xml.Repeat(written);
            return;
        }

        var start = xml.StartPiece();
        xml.Start("w:tcPr"u8);
        xml.Start("w:tcW"u8);
        xml.Attribute("w:w"u8, layout.WidthOf(cell.Column, cell.ColSpan));
        xml.Attribute("w:type"u8, "dxa"u8);
        xml.End();
        if (cell.ColSpan > 1)
        {
            xml.Element("w:gridSpan"u8, "w:val"u8, cell.ColSpan);
        }

        if (merge != CellMerge.None)
        {
            xml.Start("w:vMerge"u8);
            if (merge == CellMerge.Restart)
            {
                xml.Attribute("w:val"u8, "restart"u8);
            }

            xml.End();
        }

        xml.End();
        layout.SetCellProperties(cell, merge, xml.EndPiece(start));
    }

    /// <summary>The empty cell Word needs where a cell merged down from above continues.</summary>
    public static void Continuation(WordRenderer r, WordTableLayout layout, TableCell above)
    {
        r.Xml.Start("w:tc"u8);
        Properties(r.Xml, layout, above, CellMerge.Continue);
        EmptyParagraph(r, layout);
        r.Xml.End();
    }

    /// <summary>A paragraph in the table's text style with nothing in it.</summary>
    public static void EmptyParagraph(WordRenderer r, WordTableLayout layout)
    {
        StartParagraph(r.Xml, layout, CellAlignment.None);
        r.Xml.End();
    }

    /// <summary>Opens a paragraph in the table's text style with its properties, as <see cref="WordRenderer.StartParagraph"/> and <c>w:jc</c> write them.</summary>
    public static void StartParagraph(WordXmlWriter xml, WordTableLayout layout, CellAlignment alignment)
    {
        xml.Start("w:p"u8);
        if (layout.ParagraphProperties(alignment) is { } written)
        {
            xml.Repeat(written);
            return;
        }

        var start = xml.StartPiece();
        xml.Start("w:pPr"u8);
        xml.Element("w:pStyle"u8, "w:val"u8, layout.CellStyle);
        if (alignment != CellAlignment.None)
        {
            xml.Element("w:jc"u8, "w:val"u8, alignment == CellAlignment.Left ? "left"u8 : "center"u8);
        }

        xml.End();
        layout.SetParagraphProperties(alignment, xml.EndPiece(start));
    }
}
