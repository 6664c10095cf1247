namespace Generator.Data;

/// <summary>Table 2 (section 三): applications received and how they were handled, spec §3.</summary>
/// <param name="TotalStated">Whether （七）总计 was written in the file; otherwise it is the sum of the outcome rows.</param>
public sealed record RequestHandling(
    NarrativeText? Note,
    FigureRow Received,
    FigureRow CarriedIn,
    FigureRow Disclosed,
    FigureRow PartlyDisclosed,
    IReadOnlyList<FigureRow> Withheld,
    IReadOnlyList<FigureRow> NotAvailable,
    IReadOnlyList<FigureRow> NotProcessed,
    IReadOnlyList<FigureRow> OtherHandling,
    FigureRow Total,
    FigureRow CarriedOut,
    bool TotalStated)
{
    /// <summary>The rows that （七）总计 adds up (R2), in form order.</summary>
    public IEnumerable<FigureRow> Outcomes =>
        [Disclosed, PartlyDisclosed, .. Withheld, .. NotAvailable, .. NotProcessed, .. OtherHandling];

    /// <summary>Every body row, in form order.</summary>
    public IEnumerable<FigureRow> AllRows => [Received, CarriedIn, .. Outcomes, Total, CarriedOut];
}
