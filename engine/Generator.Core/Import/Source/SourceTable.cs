using Generator.Diagnostics;

namespace Generator.Import.Source;

/// <summary>A table as written: its rows and each row's cells in order, merged cells with their spans, covered positions absent.</summary>
internal sealed record SourceTable(IReadOnlyList<SourceRow> Rows, SourceSpan Span) : SourceBlock(Span);

/// <summary>One row of a <see cref="SourceTable"/>.</summary>
internal sealed record SourceRow(IReadOnlyList<SourceCell> Cells, SourceSpan Span);

/// <summary>One cell: its text (lines of the cell joined by a space) and where it is.</summary>
internal sealed record SourceCell(string Text, SourceSpan Span, int RowSpan = 1, int ColSpan = 1);
