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

    /// <summary>
    /// Every body row with its label as on the form (<c>（三）不予公开 1.属于国家秘密</c>), in form order;
    /// a method, so templates (which see properties only) do not see it.
    /// </summary>
    public IEnumerable<(string Label, FigureRow Row)> LabelledRows()
    {
        yield return ("一、本年新收政府信息公开申请数量", Received);
        yield return ("二、上年结转政府信息公开申请数量", CarriedIn);
        yield return ("（一）予以公开", Disclosed);
        yield return ("（二）部分公开", PartlyDisclosed);
        foreach (var (group, rows, labels) in new[]
                 {
                     ("（三）不予公开", Withheld, RequestRows.Withheld), ("（四）无法提供", NotAvailable, RequestRows.NotAvailable),
                     ("（五）不予处理", NotProcessed, RequestRows.NotProcessed), ("（六）其他处理", OtherHandling, RequestRows.OtherHandling2021),
                 })
        {
            for (var i = 0; i < rows.Count; i++)
            {
                // The 2019 format's （六） is one row without sub-rows.
                yield return (rows.Count == 1 ? group : $"{group} {i + 1}.{labels[i].Label}", rows[i]);
            }
        }

        yield return ("（七）总计", Total);
        yield return ("四、结转下年度继续办理", CarriedOut);
    }
}
