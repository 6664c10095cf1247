using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Diagnostics;
using Generator.Import.Source;

namespace Generator.Import.Reading;

/// <summary>
/// A Word table as written: <c>gridSpan</c> is a column span; a <c>vMerge</c> restart starts a row span that
/// goes on through the cells below it in the same grid column marked <c>vMerge</c>, which are left out.
/// A cell's text is its runs joined (a number in several runs is one number), its paragraphs joined by a line break.
/// </summary>
internal static class DocxTable
{
    public static SourceTable Read(Table table, SourceSpan span)
    {
        var rows = table.Elements<TableRow>().ToList();
        // Each row's cells with their first grid column, span and merge state.
        var grid = rows.Select(Layout).ToList();
        var result = new List<SourceRow>();
        for (var r = 0; r < grid.Count; r++)
        {
            var cells = new List<SourceCell>();
            foreach (var (cell, column, width, merge) in grid[r])
            {
                if (merge == Merge.Continue)
                {
                    continue;
                }

                var height = 1;
                if (merge == Merge.Restart)
                {
                    while (r + height < grid.Count && grid[r + height].Any(c => c.Column == column && c.Merge == Merge.Continue))
                    {
                        height++;
                    }
                }

                cells.Add(new SourceCell(Text(cell), span, height, width));
            }

            if (cells.Count > 0)
            {
                result.Add(new SourceRow(cells, span));
            }
        }

        return new SourceTable(result, span);
    }

    private enum Merge
    {
        None,
        Restart,
        Continue,
    }

    private static List<(TableCell Cell, int Column, int Width, Merge Merge)> Layout(TableRow row)
    {
        var column = row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
        var cells = new List<(TableCell, int, int, Merge)>();
        foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row))
        {
            var width = Math.Clamp(cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1, 1, 64);
            var vMerge = cell.TableCellProperties?.VerticalMerge;
            var merge = vMerge is null ? Merge.None : vMerge.Val?.Value == MergedCellValues.Restart ? Merge.Restart : Merge.Continue;
            cells.Add((cell, column, width, merge));
            column += width;
        }

        return cells;
    }

    private static string Text(TableCell cell) =>
        TextTidy.Collapse(string.Join("\n", cell.Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Run>().Where(r => !r.Ancestors<DeletedRun>().Any()).Select(DocxReader.RunText))))).Trim();
}
