namespace Generator.Serve.Editing;

/// <summary>
/// A slot found in the rendered report: the <paramref name="Table"/>-th table of the document (as <c>report.html</c>
/// has its <c>&lt;table&gt;</c> elements), its <paramref name="Row"/>-th row (<c>&lt;tr&gt;</c>, header rows
/// included) and the <paramref name="Cell"/>-th figure cell of that row (<c>&lt;td&gt;</c>).
/// </summary>
internal sealed record PlacedCell(CellSlot Slot, int Table, int Row, int Cell);
