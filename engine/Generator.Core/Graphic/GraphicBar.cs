using System.Globalization;
using Generator.Validation.YearOverYear;

namespace Generator.Graphic;

/// <summary>One bar of the outcome chart: an outcome group, its share of the applications closed, and its change from last year.</summary>
/// <param name="Share">The group's part of （七）总计, 0 to 1; null when either is blank or nothing was closed.</param>
public sealed record GraphicBar(FigureComparison Figure, decimal? Share)
{
    public string Label => Figure.Label;

    public string Value => Figure.Value;

    public string Display => GraphicFigures.Display(Figure);

    public string Mark => Figure.Mark;

    /// <summary>The share as printed: “48.1%” (one decimal, half away from zero); empty when there is none.</summary>
    public string Percent => Share is { } share
        ? Math.Round(share * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%"
        : string.Empty;
}
