using Generator.Validation.YearOverYear;

namespace Generator.Graphic;

/// <summary>行政复议 or 行政诉讼: the total with its change from last year, and the four results.</summary>
public sealed record GraphicAppeal(FigureComparison Total, IReadOnlyList<GraphicPart> Results)
{
    public string Label => Total.Label;

    public string Display => GraphicFigures.Display(Total);
}
