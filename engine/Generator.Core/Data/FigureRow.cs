using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>
/// A row of table 2 (six applicant columns) or table 3 (four result columns) followed by its 总计.
/// The total is derived from the parts unless the file states it, as published reports sometimes do.
/// </summary>
/// <param name="Path">Where the row lives in the data file, e.g. <c>requests.received</c>; used by waivers.</param>
public sealed record FigureRow(string Path, IReadOnlyList<Count> Parts, Count? StatedTotal, SourceSpan Span)
{
    /// <summary>
    /// The stated total if the file states one, else the sum of the filled parts (blank when every part is blank).
    /// A total stated as <c>~</c> stays blank whatever the parts hold: published reports leave it blank, and
    /// the regenerated table must too.
    /// </summary>
    public int? Total => StatedTotal is { } stated ? stated.Value : SumOfParts;

    /// <summary>
    /// What the row counts, for adding rows up: the stated total, or the sum of the parts when no total
    /// or a blank one is written. Unlike <see cref="Total"/> it never hides filled parts.
    /// </summary>
    public int? EffectiveTotal => StatedTotal?.Value ?? SumOfParts;

    /// <summary>Sum of the parts that are filled in; null when all are blank.</summary>
    /// <remarks>A loop, not LINQ: templates and relations read it for every row of every report.</remarks>
    public int? SumOfParts
    {
        get
        {
            int? sum = null;
            for (var i = 0; i < Parts.Count; i++)
            {
                if (Parts[i].Value is { } value)
                {
                    sum = checked((sum ?? 0) + value);
                }
            }

            return sum;
        }
    }

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
