using Generator.Diagnostics;

namespace Generator.Document.Blocks;

/// <summary>
/// One cell. <see cref="Text"/> is plain text (labels and figures); an empty text is a blank cell,
/// which is different from a cell holding "0". <see cref="Column"/> is the 0-based grid column where the cell starts.
/// </summary>
public sealed record TableCell(CellKind Kind, string Text, int Column, int RowSpan, int ColSpan, SourceSpan Span) : Node(Span);
