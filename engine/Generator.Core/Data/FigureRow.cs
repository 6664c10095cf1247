using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>
/// A row of table 2 (six applicant columns) or table 3 (four result columns) followed by its 总计.
/// The total is derived from the parts unless the file states it, as published reports sometimes do.
/// </summary>
/// <param name="Path">Where the row lives in the data file, e.g. <c>requests.received</c>; used by waivers.</param>
public sealed record FigureRow(string Path, IReadOnlyList<Count> Parts, Count? StatedTotal, SourceSpan Span)
{
    /// <summary>The stated total if any, else the sum of the filled parts; blank when every part is blank.</summary>
    public int? Total => StatedTotal?.Value ?? SumOfParts;

    /// <summary>Sum of the parts that are filled in; null when all are blank.</summary>
    public int? SumOfParts => Parts.All(p => p.IsBlank) ? null : Parts.Sum(p => p.Value ?? 0);

    public bool HasBlankPart => Parts.Any(p => p.IsBlank);

    /// <summary>Whether the cells of the row were all read as valid counts; relations only look at valid rows.</summary>
    public bool IsValid => Parts.All(p => !p.Invalid) && StatedTotal is not { Invalid: true };

    /// <summary>Every cell of the row in column order, the total last (a new array each time: read it once per row in loops).</summary>
    public IReadOnlyList<int?> Cells
    {
        get
        {
            var cells = new int?[Parts.Count + 1];
            for (var i = 0; i < Parts.Count; i++)
            {
                cells[i] = Parts[i].Value;
            }

            cells[^1] = Total;
            return cells;
        }
    }

    /// <summary>Where the total is written, or where the row is when the total is derived.</summary>
    public SourceSpan TotalSpan => StatedTotal?.Span ?? Span;
}
