using Generator.Diagnostics;

namespace Generator.Document.Blocks;

/// <summary>
/// A table on a fixed grid of <see cref="ColumnCount"/> columns. Merged cells are expressed by
/// row and column spans on the cell that starts them; covered positions have no cell, so every
/// renderer sees the geometry of the official form. The first <see cref="HeaderRowCount"/> rows are
/// the column header (repeated on each printed page).
/// </summary>
/// <param name="Caption">Accessible name of the table; not printed on the form.</param>
/// <param name="ColumnWidths">
/// Relative widths of the grid columns as on the printed form (one weight per column), or empty when
/// the template gives none; a renderer that lays out a page (Word) scales them to the text width.
/// </param>
public sealed record Table(string Caption, int ColumnCount, int HeaderRowCount, IReadOnlyList<TableRow> Rows, IReadOnlyList<int> ColumnWidths, SourceSpan Span) : Block(Span);
