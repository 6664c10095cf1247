using Generator.Document.Blocks;
using W = DocumentFormat.OpenXml.Wordprocessing;

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
        var table = new W.Table(
            new W.TableProperties(
                new W.TableStyle { Val = WordStyles.TableGrid },
                new W.TableWidth { Width = WordPage.Number(WordPage.TextWidth), Type = W.TableWidthUnitValues.Dxa },
                new W.TableJustification { Val = W.TableRowAlignmentValues.Center },
                new W.TableLayout { Type = W.TableLayoutValues.Fixed },
                new W.TableLook { FirstRow = node.HeaderRowCount > 0, FirstColumn = true, NoVerticalBand = true, NoHorizontalBand = true },
                new W.TableCaption { Val = node.Caption }),
            new W.TableGrid(layout.ColumnWidths.Select(w => new W.GridColumn { Width = WordPage.Number(w) })));
        r.AppendBlock(table);

        var outer = r.Table;
        r.Table = layout;
        r.PushContainer(table);
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
            r.PopContainer();
            r.Table = outer;
        }

        // Word needs a paragraph between a table and whatever follows; it also keeps the next table apart.
        r.AppendBlock(new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = layout.CellStyle })));
    }
}

internal sealed class TableRowRenderer : NodeRenderer<WordRenderer, TableRow>
{
    protected override void Write(WordRenderer r, TableRow node)
    {
        var layout = r.Table ?? throw new InvalidOperationException("A table row outside a table.");
        var properties = new W.TableRowProperties(new W.CantSplit());
        if (layout.IsHeaderRow)
        {
            properties.AppendChild(new W.TableHeader());
        }

        var row = new W.TableRow(properties);
        r.AppendBlock(row);
        r.PushContainer(row);
        try
        {
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
                    r.AppendBlock(WordCells.Continuation(layout, above));
                    column += above.ColSpan;
                }
                else
                {
                    throw new InvalidOperationException($"Table grid position ({layout.RowIndex}, {column}) has no cell.");
                }
            }
        }
        finally
        {
            r.PopContainer();
        }
    }
}

internal sealed class TableCellRenderer : NodeRenderer<WordRenderer, TableCell>
{
    protected override void Write(WordRenderer r, TableCell node)
    {
        var layout = r.Table ?? throw new InvalidOperationException("A table cell outside a table.");
        var cell = new W.TableCell(WordCells.Properties(layout, node, node.RowSpan > 1 ? W.MergedCellValues.Restart : null));

        // Labels that head a row read from the left, as on the form; group labels merged over several
        // rows, column headings and figures are centred.
        var left = node.Kind == CellKind.RowHeader && node.RowSpan == 1;
        var paragraph = new W.Paragraph(new W.ParagraphProperties(
            new W.ParagraphStyleId { Val = layout.CellStyle },
            new W.Justification { Val = left ? W.JustificationValues.Left : W.JustificationValues.Center }));
        cell.AppendChild(paragraph);
        r.AppendBlock(cell);
        r.RenderInto(paragraph, [new Document.Inlines.TextRun(node.Text, node.Span)]);
    }
}

/// <summary>Cell properties shared by the cell that starts a merge and the continuation cells below it.</summary>
internal static class WordCells
{
    public static W.TableCellProperties Properties(WordTableLayout layout, TableCell cell, W.MergedCellValues? merge)
    {
        var properties = new W.TableCellProperties(new W.TableCellWidth
        {
            Width = WordPage.Number(layout.WidthOf(cell.Column, cell.ColSpan)),
            Type = W.TableWidthUnitValues.Dxa,
        });
        if (cell.ColSpan > 1)
        {
            properties.AppendChild(new W.GridSpan { Val = cell.ColSpan });
        }

        if (cell.RowSpan > 1)
        {
            properties.AppendChild(merge is null ? new W.VerticalMerge() : new W.VerticalMerge { Val = merge });
        }

        return properties;
    }

    /// <summary>The empty cell Word needs where a cell merged down from above continues.</summary>
    public static W.TableCell Continuation(WordTableLayout layout, TableCell above) =>
        new(Properties(layout, above, merge: null),
            new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = layout.CellStyle })));
}
