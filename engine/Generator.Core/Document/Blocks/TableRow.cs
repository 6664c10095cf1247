using Generator.Diagnostics;

namespace Generator.Document.Blocks;

public sealed record TableRow(IReadOnlyList<TableCell> Cells, SourceSpan Span) : Node(Span);
