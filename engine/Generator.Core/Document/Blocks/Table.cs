using Generator.Diagnostics;

namespace Generator.Document.Blocks;

/// <summary>
/// A table on a fixed grid of <see cref="ColumnCount"/> columns. Merged cells are expressed by
/// row and column spans on the cell that starts them; covered positions have no cell, so every
/// renderer sees the geometry of the official form. The first <see cref="HeaderRowCount"/> rows are
/// the column header (repeated on each printed page).
/// </summary>
/// <param name="Caption">Accessible name of the table; not printed on the form.</param>
public sealed record Table(string Caption, int ColumnCount, int HeaderRowCount, IReadOnlyList<TableRow> Rows, SourceSpan Span) : Block(Span);
