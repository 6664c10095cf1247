using System.Globalization;
using Generator.Data;
using Scriban.Runtime;

namespace Generator.Templating.Functions;

/// <summary>
/// Functions templates may call, and nothing more (imported into the template's global object the
/// way Scriban organises its builtins). Names reach templates in snake_case: <c>money</c>, <c>wan</c>, <c>cn_date</c>.
/// </summary>
internal static class ReportFunctions
{
    /// <summary>
    /// Every function here, each with a typed call (see <see cref="TypedFunction{T, TResult}"/>), under
    /// the snake_case name Scriban's import would give it. A test checks that none is left out.
    /// </summary>
    public static IReadOnlyList<DynamicCustomFunction> All { get; } =
    [
        new TypedFunction<Money?, string>(Money),
        new TypedFunction<Money?, string>(Wan),
        new TypedFunction<DateOnly?, string>(CnDate),
        new TypedFunction<IEnumerable<FigureRow>, int?>(TotalOf),
        new TypedFunction<FigureRow, RawMarkup>(RowCells),
        new TypedFunction<Money?, bool>(IsZero),
    ];

    /// <summary>Money with its unit as written: <c>348.47万元</c>, <c>16557462.5元</c>.</summary>
    public static string Money(Money? money) => money?.ToString() ?? string.Empty;

    /// <summary>The amount in 万元 without unit, converted exactly from 元 when needed (for the 2021 （八） column).</summary>
    public static string Wan(Money? money) => money switch
    {
        null => string.Empty,
        { Unit: MoneyUnit.TenThousandYuan } => money.AmountText,
        _ => Normalize(money.InTenThousandYuan),
    };

    /// <summary>A date as written in Chinese documents: <c>2020年1月20日</c>.</summary>
    public static string CnDate(DateOnly? date) =>
        date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : string.Empty;

    /// <summary>The sum of the totals of some rows (e.g. the eight （三）不予公开 rows); blank when all are blank.</summary>
    public static int? TotalOf(IEnumerable<FigureRow> rows)
    {
        var totals = rows.Select(r => r.Total).ToList();
        return totals.All(t => t is null) ? null : totals.Sum(t => t ?? 0);
    }

    /// <summary>
    /// A table row's figures as the cells after its labels: <c> | 3 | 0 |  | 5</c> (each column, then the
    /// total; a blank figure is an empty cell). The same text as <c>{{ for v in row.cells }} | {{ v }}{{ end }}</c>,
    /// made in one call: a report has some fifty such rows, and the loop was most of its template time.
    /// </summary>
    public static RawMarkup RowCells(FigureRow row)
    {
        var text = new System.Text.StringBuilder(8 * (row.Parts.Count + 1));
        // An index loop: foreach over the interface allocates an enumerator.
        for (var i = 0; i < row.Parts.Count; i++)
        {
            text.Append(" | ").Append(row.Parts[i].Value);
        }

        return new RawMarkup(text.Append(" | ").Append(row.Total).ToString());
    }

    /// <summary>True when the amount is zero or absent (for sentences such as 未收取信息处理费).</summary>
    public static bool IsZero(Money? money) => money is null || money.Amount == 0;

    /// <summary>
    /// Drops trailing zeros that only a unit conversion introduced; amounts as written keep their scale.
    /// </summary>
    private static string Normalize(decimal value) =>
        (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
