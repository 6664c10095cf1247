using System.Globalization;

namespace Generator.Validation.YearOverYear;

/// <summary>
/// How a figure changed from last year to this year, and the words reports use for it: “比上年增加12件，增长18.5%”.
/// Rounding (docs/templates.md): the rate is the change over last year's figure, in percent, rounded to one
/// decimal half away from zero (四舍五入) from the exact decimal quotient, a trailing “.0” left out; a change
/// that rounds to 0.0% is “不足0.1%”; there is no rate when last year's figure is 0.
/// </summary>
public sealed record YearChange(decimal Now, decimal Before)
{
    public decimal Difference => Now - Before;

    /// <summary>The rate in percent, rounded as the docs state; null when last year's figure is 0 (no rate can be given).</summary>
    public decimal? Percent => Before == 0 ? null : Math.Round(Difference * 100m / Before, 1, MidpointRounding.AwayFromZero);

    /// <summary>This year's figure over last year's; null when last year's is 0.</summary>
    public decimal? Ratio => Before == 0 ? null : Now / Before;

    /// <summary>The change when both figures are filled in; null when either is blank (blank is not 0: no comparison).</summary>
    public static YearChange? Of(decimal? now, decimal? before) => now is { } n && before is { } b ? new YearChange(n, b) : null;

    /// <summary>“比上年增加12件，增长18.5%”, “比上年减少3件，下降20%”, “与上年持平”; no rate when last year was 0.</summary>
    public string Sentence(string unit) => Difference switch
    {
        > 0 => $"比上年增加{Number(Difference)}{unit}{(Percent is null ? string.Empty : "，" + Rate)}",
        < 0 => $"比上年减少{Number(-Difference)}{unit}{(Percent is null ? string.Empty : "，" + Rate)}",
        _ => "与上年持平",
    };

    /// <summary>“增长18.5%”, “下降20%”, “增长不足0.1%”, “持平”; empty when last year was 0 (a rate over 0 means nothing).</summary>
    public string Rate => Percent switch
    {
        null => Difference == 0 ? "持平" : string.Empty,
        _ when Difference == 0 => "持平",
        _ => (Difference > 0 ? "增长" : "下降") + PercentText,
    };

    /// <summary>The rate without its word, unsigned: “18.5%”, “不足0.1%”; empty when there is none.</summary>
    public string PercentText => Percent switch
    {
        null => string.Empty,
        0m when Difference != 0 => "不足0.1%",
        { } p => Math.Abs(p).ToString("0.#", CultureInfo.InvariantCulture) + "%",
    };

    /// <summary>A short mark that does not rely on colour: “↑12（+18.5%）”, “↓3（−20%）”, “持平”, “↑5” when last year was 0.</summary>
    public string Mark(string unit) => Difference switch
    {
        > 0 => $"↑{Number(Difference)}{unit}{(Percent is null ? string.Empty : $"（+{PercentText}）")}",
        < 0 => $"↓{Number(-Difference)}{unit}{(Percent is null ? string.Empty : $"（−{PercentText}）")}",
        _ => "持平",
    };

    /// <summary>A figure as reports print it: no trailing zeros, no thousands separator (as the tables print them).</summary>
    public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
