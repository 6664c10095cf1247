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
        new TypedFunction<Money?, string>(Money, Method(nameof(Money))),
        new TypedFunction<Money?, string>(Wan, Method(nameof(Wan))),
        new TypedFunction<DateOnly?, string>(CnDate, Method(nameof(CnDate))),
        new TypedFunction<IEnumerable<FigureRow>, int?>(TotalOf, Method(nameof(TotalOf))),
        new TypedFunction<FigureRow, RawMarkup>(RowCells, Method(nameof(RowCells))),
        new TypedFunction<Money?, bool>(IsZero, Method(nameof(IsZero))),
        new TypedFunction<System.Collections.IEnumerable, System.Collections.IEnumerable, string>(Clauses, Method(nameof(Clauses))),
        new TypedFunction<object?, System.Collections.IEnumerable, bool>(SumsTo, Method(nameof(SumsTo))),
        new TypedFunction<NarrativeText?, bool>(SaysNothing, Method(nameof(SaysNothing))),
    ];

    private static System.Reflection.MethodInfo Method(string name) => TypedFunctionBase.MethodOf(typeof(ReportFunctions), name);

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
    /// Figures with their labels for a sentence: <c>clauses ["结果维持", "结果纠正"] row.parts</c> gives
    /// <c>结果维持1件，结果纠正0件</c>. A blank figure leaves its clause out, so a sentence never shows a
    /// label without its number (<c>其他处理件</c>); empty when every figure is blank.
    /// </summary>
    public static string Clauses(System.Collections.IEnumerable labels, System.Collections.IEnumerable figures)
    {
        var text = new System.Text.StringBuilder();
        using var label = labels.Cast<object?>().GetEnumerator();
        foreach (var figure in figures)
        {
            if (!label.MoveNext())
            {
                break;
            }

            if (ValueOf(figure) is { } value)
            {
                // A label is printed as any value is: text or a number, never an object's .NET dump.
                text.Append(text.Length == 0 ? string.Empty : "，").Append(TemplateValues.Text(label.Current, "clauses"))
                    .Append(value.ToString(CultureInfo.InvariantCulture)).Append('件');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether the filled-in figures add up to the total: only then may a sentence say “…N件，其中…” and list
    /// them (<see cref="Clauses"/> leaves the blank ones out). A published total kept by a waiver may not.
    /// </summary>
    public static bool SumsTo(object? total, System.Collections.IEnumerable figures)
    {
        if (ValueOf(total) is not { } expected)
        {
            return false;
        }

        long? sum = null;
        foreach (var figure in figures)
        {
            if (ValueOf(figure) is { } value)
            {
                sum = (sum ?? 0) + value;
            }
        }

        return sum == expected;
    }

    /// <summary>
    /// Whether a narrative only says there is nothing to report (<c>无</c>, <c>无。</c>, <c>暂无</c>…), so that a
    /// section whose generated sentence already says something need not add “无。” after it.
    /// </summary>
    public static bool SaysNothing(NarrativeText? text) =>
        text is null || text.Markdown.Trim().TrimEnd('。', '.') is "" or "无" or "暂无" or "没有" or "无其他需要报告的事项";

    /// <summary>A figure as templates hold it: a count, a plain number, or blank (null).</summary>
    private static long? ValueOf(object? figure) => figure switch
    {
        Count count => count.Value,
        int i => i,
        long l => l,
        _ => null,
    };

    /// <summary>
    /// Drops trailing zeros that only a unit conversion introduced; amounts as written keep their scale.
    /// </summary>
    private static string Normalize(decimal value) =>
        (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
