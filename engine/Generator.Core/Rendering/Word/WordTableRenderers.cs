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
        while (column < layout.ColumnWidths.Count)
        {
            if (CellAt(node.Cells, column) is { } cell)
            {
                r.Render(cell);
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

    /// <summary>The cell of a row that starts at <paramref name="column"/>; a row holds a few cells, so a scan beats a dictionary built per row.</summary>
    private static TableCell? CellAt(IReadOnlyList<TableCell> cells, int column)
    {
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
    protected override void Write(WordRenderer r, TableCell node)
    {
        var layout = r.Table ?? throw new InvalidOperationException("A table cell outside a table.");
        r.Xml.Start("w:tc"u8);
        WordCells.Properties(r.Xml, layout, node, restart: node.RowSpan > 1);

        // Labels that head a row read from the left, as on the form; group labels merged over several
        // rows, column headings and figures are centred.
        var left = node.Kind == CellKind.RowHeader && node.RowSpan == 1;
        r.StartParagraph(layout.CellStyle);
        r.Xml.Element("w:jc"u8, "w:val"u8, left ? "left"u8 : "center"u8);
        r.EndParagraphProperties();
        r.AppendText(node.Text); // what the TextRun renderer does, without a run made for every cell
        r.Xml.End();
        r.Xml.End();
    }
}

/// <summary>Cell properties shared by the cell that starts a merge and the continuation cells below it.</summary>
internal static class WordCells
{
    /// <param name="restart">Whether this is the cell that starts a vertical merge (<c>restart</c>); continuation cells have no value.</param>
    public static void Properties(WordXmlWriter xml, WordTableLayout layout, TableCell cell, bool restart)
    {
        xml.Start("w:tcPr"u8);
        xml.Start("w:tcW"u8);
        xml.Attribute("w:w"u8, layout.WidthOf(cell.Column, cell.ColSpan));
        xml.Attribute("w:type"u8, "dxa"u8);
        xml.End();
        if (cell.ColSpan > 1)
        {
            xml.Element("w:gridSpan"u8, "w:val"u8, cell.ColSpan);
        }

        if (cell.RowSpan > 1)
        {
            xml.Start("w:vMerge"u8);
            if (restart)
            {
                xml.Attribute("w:val"u8, "restart"u8);
            }

            xml.End();
        }

        xml.End();
    }

    /// <summary>The empty cell Word needs where a cell merged down from above continues.</summary>
    public static void Continuation(WordRenderer r, WordTableLayout layout, TableCell above)
    {
        r.Xml.Start("w:tc"u8);
        Properties(r.Xml, layout, above, restart: false);
        EmptyParagraph(r, layout);
        r.Xml.End();
    }

    /// <summary>A paragraph in the table's text style with nothing in it.</summary>
    public static void EmptyParagraph(WordRenderer r, WordTableLayout layout)
    {
        r.StartParagraph(layout.CellStyle);
        r.EndParagraphProperties();
        r.Xml.End();
    }
}
