using Generator.Document.Blocks;

namespace Generator.Rendering.Word;

/// <summary>
/// The Word geometry of one table: column widths in twentieths of a point fitted to the text width,
/// the paragraph style of its cells, and, for every row, the grid positions covered by a cell merged
/// down from above. The model leaves covered positions empty; Word needs a continuation cell there
/// (<c>vMerge</c>), so the row renderer asks <see cref="CoveringCell"/>.
/// </summary>
internal sealed class WordTableLayout
{
    private readonly Dictionary<(int Row, int Column), TableCell> _covered = [];
    private readonly int _headerRows;

    public WordTableLayout(Table table)
    {
        ColumnWidths = FitWidths(table);
        _headerRows = table.HeaderRowCount;
        CellStyle = table.ColumnCount >= WordStyles.SmallTableColumns ? WordStyles.TableTextSmall : WordStyles.TableText;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            foreach (var cell in table.Rows[r].Cells)
            {
                for (var below = r + 1; below < r + cell.RowSpan; below++)
                {
                    _covered[(below, cell.Column)] = cell;
                }
            }
        }
    }

    public IReadOnlyList<int> ColumnWidths { get; }

    public string CellStyle { get; }

    /// <summary>The row being rendered (0-based), advanced by the row renderer.</summary>
    public int RowIndex { get; set; }

    /// <summary>Whether the row being rendered is a header row (repeated at the top of every page).</summary>
    public bool IsHeaderRow => RowIndex < _headerRows;

    /// <summary>The cell merged down over (<paramref name="row"/>, <paramref name="column"/>), if any.</summary>
    public TableCell? CoveringCell(int row, int column) => _covered.GetValueOrDefault((row, column));

    public int WidthOf(int column, int span)
    {
        var width = 0;
        for (var i = column; i < column + span && i < ColumnWidths.Count; i++)
        {
            width += ColumnWidths[i];
        }

        return width;
    }

    /// <summary>
    /// Scales the template's relative widths (equal widths when it gives none) to the text width, in
    /// whole twips; the last column takes the rounding remainder so the table is exactly as wide as the text.
    /// </summary>
    private static int[] FitWidths(Table table)
    {
        var weights = table.ColumnWidths.Count == table.ColumnCount ? table.ColumnWidths : Enumerable.Repeat(1, table.ColumnCount).ToArray();
        var total = weights.Sum();
        var widths = weights.Select(w => WordPage.TextWidth * w / total).ToArray();
        widths[^1] += WordPage.TextWidth - widths.Sum();
        return widths;
    }
}
