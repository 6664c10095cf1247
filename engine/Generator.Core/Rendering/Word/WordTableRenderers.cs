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
        xml.Start("w:tbl");
        xml.Start("w:tblPr");
        xml.Element("w:tblStyle", "w:val", WordStyles.TableGrid);
        xml.Start("w:tblW");
        xml.Attribute("w:w", WordPage.TextWidth);
        xml.Attribute("w:type", "dxa");
        xml.End();
        xml.Element("w:jc", "w:val", "center");
        xml.Element("w:tblLayout", "w:type", "fixed");
        xml.Start("w:tblLook");
        xml.Attribute("w:firstRow", node.HeaderRowCount > 0);
        xml.Attribute("w:firstColumn", true);
        xml.Attribute("w:noHBand", true);
        xml.Attribute("w:noVBand", true);
        xml.End();
        xml.Element("w:tblCaption", "w:val", node.Caption);
        xml.End();
        xml.Start("w:tblGrid");
        foreach (var width in layout.ColumnWidths)
        {
            xml.Element("w:gridCol", "w:w", width);
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
        xml.Start("w:tr");
        xml.Start("w:trPr");
        xml.Element("w:cantSplit");
        if (layout.IsHeaderRow)
        {
            xml.Element("w:tblHeader");
        }

        xml.End();

        // Walk the grid: a position is either where a cell of this row starts, or covered by a
        // cell merged down from above, which Word wants repeated as a continuation cell.
        var cells = node.Cells.ToDictionary(c => c.Column);
        var column = 0;
        while (column < layout.ColumnWidths.Count)
        {
            if (cells.TryGetValue(column, out var cell))
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
}

internal sealed class TableCellRenderer : NodeRenderer<WordRenderer, TableCell>
{
    protected override void Write(WordRenderer r, TableCell node)
    {
        var layout = r.Table ?? throw new InvalidOperationException("A table cell outside a table.");
        r.Xml.Start("w:tc");
        WordCells.Properties(r.Xml, layout, node, node.RowSpan > 1 ? "restart" : null);

        // Labels that head a row read from the left, as on the form; group labels merged over several
        // rows, column headings and figures are centred.
        var left = node.Kind == CellKind.RowHeader && node.RowSpan == 1;
        r.StartParagraph(layout.CellStyle);
        r.Xml.Element("w:jc", "w:val", left ? "left" : "center");
        r.EndParagraphProperties();
        r.Render(new Document.Inlines.TextRun(node.Text, node.Span));
        r.Xml.End();
        r.Xml.End();
    }
}

/// <summary>Cell properties shared by the cell that starts a merge and the continuation cells below it.</summary>
internal static class WordCells
{
    /// <param name="merge"><c>restart</c> on the cell that starts a vertical merge; continuation cells have none.</param>
    public static void Properties(WordXmlWriter xml, WordTableLayout layout, TableCell cell, string? merge)
    {
        xml.Start("w:tcPr");
        xml.Start("w:tcW");
        xml.Attribute("w:w", layout.WidthOf(cell.Column, cell.ColSpan));
        xml.Attribute("w:type", "dxa");
        xml.End();
        if (cell.ColSpan > 1)
        {
            xml.Element("w:gridSpan", "w:val", cell.ColSpan);
        }

        if (cell.RowSpan > 1)
        {
            xml.Start("w:vMerge");
            if (merge is not null)
            {
                xml.Attribute("w:val", merge);
            }

            xml.End();
        }

        xml.End();
    }

    /// <summary>The empty cell Word needs where a cell merged down from above continues.</summary>
    public static void Continuation(WordRenderer r, WordTableLayout layout, TableCell above)
    {
        r.Xml.Start("w:tc");
        Properties(r.Xml, layout, above, merge: null);
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
