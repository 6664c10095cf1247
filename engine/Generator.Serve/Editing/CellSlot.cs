using Generator.Diagnostics;

namespace Generator.Serve.Editing;

/// <summary>
/// One figure cell of an official table and where its value lives in the year file.
/// <paramref name="Id"/> is <c>t2-r5-c3</c>: table 2, its sixth row of figures, fourth figure of that row; the same
/// cell has the same id in every build of the report, so an edit names the cell, not a position in the file.
/// </summary>
/// <param name="Text">The cell as the table prints it (to check that the template put this value in this cell).</param>
/// <param name="Reason">Why the cell cannot be edited in the page (Chinese), or null when it can.</param>
/// <param name="Unit">For money: the unit the file writes the amount in, shown beside the input.</param>
internal sealed record CellSlot(string Id, SlotKind Kind, SourceSpan Span, string Text, string? Reason, string? Unit = null)
{
    public bool Editable => Reason is null;
}
