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
    /// <summary>The cell merged down over each grid position, row by row (a table has a few hundred positions).</summary>
    private readonly TableCell?[] _covered;
    private readonly int _columns;

    /// <summary>
    /// The cell properties written last in this table for each column and merge (see <see cref="WordCells.Properties"/>),
    /// with the span they were written for: the cells of a column nearly always have the same span.
    /// </summary>
    private readonly (int ColSpan, XmlPiece Piece)[] _cellProperties;

    /// <summary>Paragraph properties of the cells written so far, by alignment.</summary>
    private readonly XmlPiece?[] _paragraphProperties = new XmlPiece?[3];
    private readonly int _headerRows;

    public WordTableLayout(Table table)
    {
        ColumnWidths = FitWidths(table);
        _headerRows = table.HeaderRowCount;
        _cellProperties = new (int, XmlPiece)[table.ColumnCount * 3];
        CellStyle = table.ColumnCount >= WordStyles.SmallTableColumns ? WordStyles.TableTextSmall : WordStyles.TableText;
        _columns = table.ColumnCount;
        _covered = new TableCell?[table.Rows.Count * _columns];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r].Cells;
            for (var i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];

                // A merge past the last row or a cell past the last column (both rejected by the parser) covers nothing that is asked for.
                for (var below = r + 1; below < r + cell.RowSpan && below < table.Rows.Count && cell.Column < _columns; below++)
                {
                    _covered[(below * _columns) + cell.Column] = cell;
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
    public TableCell? CoveringCell(int row, int column) => _covered[(row * _columns) + column];

    /// <summary>
    /// The cell properties written before for a cell of this position, span and merge, if any: cells of
    /// a column mostly look alike, and copying their properties is cheaper than writing them again.
    /// </summary>
    public bool TryGetCellProperties(TableCell cell, CellMerge merge, out XmlPiece piece)
    {
        var (colSpan, written) = _cellProperties[(cell.Column * 3) + (int)merge];
        piece = written;
        return colSpan == cell.ColSpan; // 0 where nothing was written yet
    }

    public void SetCellProperties(TableCell cell, CellMerge merge, XmlPiece piece) => _cellProperties[(cell.Column * 3) + (int)merge] = (cell.ColSpan, piece);

    /// <summary>The paragraph properties written before for cells of this alignment, if any.</summary>
    public XmlPiece? ParagraphProperties(CellAlignment alignment) => _paragraphProperties[(int)alignment];

    public void SetParagraphProperties(CellAlignment alignment, XmlPiece piece) => _paragraphProperties[(int)alignment] = piece;

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

/// <summary>How a cell takes part in a vertical merge: not at all, as its first cell, or as a continuation below it.</summary>
internal enum CellMerge
{
    None,
    Restart,
    Continue,
}

/// <summary>The alignment of a cell's paragraph: none of its own (empty paragraphs), left or centred.</summary>
internal enum CellAlignment
{
    None,
    Left,
    Center,
}
