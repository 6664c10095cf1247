using Generator.Data;
using Generator.Validation.YearOverYear;
using Scriban.Runtime;

namespace Generator.Templating.Functions;

/// <summary>
/// Sentences comparing this year with last year, for templates: <c>yoy 本年 上年</c> gives
/// “比上年增加12件，增长18.5%”. Either figure blank (or no last year: <c>previous</c> is null) gives an
/// empty text, so a template writes the clause only when there is one. Rounding: see <see cref="YearChange"/>.
/// </summary>
internal static class YearOverYearFunctions
{
    /// <summary>Every function here, typed (see <see cref="TypedFunction{T, TResult}"/>); a test checks that none is left out.</summary>
    public static IReadOnlyList<DynamicCustomFunction> All { get; } =
    [
        new TypedFunction<object?, object?, string>(Yoy, Method(nameof(Yoy))),
        new TypedFunction<object?, object?, string>(YoyMoney, Method(nameof(YoyMoney))),
        new TypedFunction<object?, object?, string>(YoyRate, Method(nameof(YoyRate))),
    ];

    private static System.Reflection.MethodInfo Method(string name) => TypedFunctionBase.MethodOf(typeof(YearOverYearFunctions), name);

    /// <summary>A count against last year's: “比上年增加12件，增长18.5%”, “比上年减少3件，下降20%”, “与上年持平”; no rate when last year was 0.</summary>
    public static string Yoy(object? now, object? before) => YearChange.Of(ValueOf(now), ValueOf(before))?.Sentence("件") ?? string.Empty;

    /// <summary>An amount against last year's, both in 万元 (元 converted exactly): “比上年增加89.75万元，增长12.8%”.</summary>
    public static string YoyMoney(object? now, object? before) => YearChange.Of(ValueOf(now), ValueOf(before))?.Sentence("万元") ?? string.Empty;

    /// <summary>Only the rate: “增长18.5%”, “下降20%”, “持平”; empty when either is blank or last year was 0.</summary>
    public static string YoyRate(object? now, object? before) => YearChange.Of(ValueOf(now), ValueOf(before))?.Rate ?? string.Empty;

    /// <summary>A figure as templates hold it: a count, a number, an amount (in 万元), or blank (null).</summary>
    private static decimal? ValueOf(object? figure) => figure switch
    {
        Count count => count.Value,
        int i => i,
        long l => l,
        decimal d => d,
        double d => (decimal)d,
        Money money => money.InTenThousandYuan,
        _ => null,
    };
}
