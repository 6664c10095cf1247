namespace Generator.Data;

/// <summary>Table 3 (section 四): 行政复议 and the two kinds of 行政诉讼, spec §4.</summary>
public sealed record Appeals(
    NarrativeText? Note,
    FigureRow Reconsideration,
    FigureRow DirectSuit,
    FigureRow SuitAfterReconsideration)
{
    public IEnumerable<FigureRow> Groups => [Reconsideration, DirectSuit, SuitAfterReconsideration];
}
