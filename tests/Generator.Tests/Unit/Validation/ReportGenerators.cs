using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace Generator.Tests.Unit.Validation;

/// <summary>
/// FsCheck generators of consistent reports: non-negative figures that satisfy every relation of
/// spec §5 (R1–R5), in either official format, with and without published totals and blanks.
/// </summary>
internal static class ReportGenerators
{
    /// <summary>A figure: mostly 0 or small, sometimes large, as in real reports.</summary>
    public static Gen<int> Figure { get; } = Gen.Frequency(
        (3, Gen.Constant(0)), (4, Gen.Choose(1, 9)), (2, Gen.Choose(10, 99)), (1, Gen.Choose(100, 50000)));

    public static Gen<GeneratedReport> Consistent(string format, params GeneratedTable2Style[] styles) =>
        from year in format == "2019" ? Gen.Choose(2019, 2020) : Gen.Choose(2021, 2030)
        from table1 in format == "2019" ? Table1Of2019 : Table1Of2021
        from style in Gen.Elements(styles)
        from table2 in Table2(format, style)
        from table3 in Gen.CollectToList(GeneratedReport.AppealPaths, path => Row(path, 4))
        select new GeneratedReport(year, format, table1, table2, table3);

    /// <summary>
    /// One column of table 2 in form order: 一, 二, each outcome, 四. The outcomes and 四 are free;
    /// 二 is at most （七）+四 and 一 makes R1 hold: 一 + 二 = （七） + 四.
    /// </summary>
    private static Gen<int[]> Column(int outcomes) =>
        from parts in Gen.ArrayOf(Figure, outcomes)
        from carriedOut in Figure
        let total = parts.Sum()
        from carriedIn in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, total + carriedOut)))
        select (int[])[total + carriedOut - carriedIn, carriedIn, .. parts, carriedOut];

    private static Gen<IReadOnlyList<GeneratedRow>> Table2(string format, GeneratedTable2Style style)
    {
        var outcomes = GeneratedReport.OutcomePaths(format);
        IReadOnlyList<string> paths = ["requests.received", "requests.carried_in", .. outcomes, "requests.carried_out"];
        var columns = style == GeneratedTable2Style.TotalsOnly ? 1 : 6;
        return
            from cells in Gen.ArrayOf(Column(outcomes.Count), columns)
            from statedTotals in Gen.ArrayOf(Gen.Elements(true, false), paths.Count + 1)
            from writeTotalRow in Gen.Elements(true, false)
            from blanks in Gen.ArrayOf(Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true))), (paths.Count + 1) * 6)
            select (IReadOnlyList<GeneratedRow>)Rows(style, paths, outcomes.Count, cells, statedTotals, writeTotalRow, blanks);
    }

    private static List<GeneratedRow> Rows(GeneratedTable2Style style, IReadOnlyList<string> paths, int outcomes, int[][] cells,
        bool[] statedTotals, bool writeTotalRow, bool[] blanks)
    {
        GeneratedRow Make(string path, int index, IReadOnlyList<int> values)
        {
            var sum = values.Sum();
            return style switch
            {
                GeneratedTable2Style.TotalsOnly => new GeneratedRow(path, [.. Enumerable.Repeat<int?>(null, 6)], sum),
                GeneratedTable2Style.Full => new GeneratedRow(path, [.. values.Select(v => (int?)v)], statedTotals[index] ? sum : null),
                _ => new GeneratedRow(path, [.. values.Select((v, c) => blanks[(index * 6) + c] ? null : (int?)v)], sum),
            };
        }

        var rows = paths.Select((path, i) => Make(path, i, [.. cells.Select(column => column[i])])).ToList();
        if (writeTotalRow || style == GeneratedTable2Style.BlanksWithStatedTotals)
        {
            // （七）总计 = the outcomes (R2), written before 四.
            var total = cells.Select(column => column.Skip(2).Take(outcomes).Sum()).ToList();
            rows.Insert(rows.Count - 1, Make("requests.total", paths.Count, total));
        }

        return rows;
    }

    /// <summary>A table 3 group; the total stated or not (R4 holds either way).</summary>
    private static Gen<GeneratedRow> Row(string path, int parts) =>
        from values in Gen.ArrayOf(Figure, parts)
        from stated in Gen.Elements(true, false)
        select new GeneratedRow(path, [.. values.Select(v => (int?)v)], stated ? values.Sum() : null);

    private static Gen<GeneratedFields> Fields(string key, params (string Field, Gen<string> Value)[] fields) =>
        Gen.CollectToList(fields, f => f.Value.Select(v => (f.Field, v)))
            .Select(list => new GeneratedFields(key, [.. list]));

    private static Gen<string> Number { get; } = Figure.Select(n => n.ToString(CultureInfo.InvariantCulture));

    /// <summary>A money value as written: up to 4 decimals kept as typed, in 万元 or 元.</summary>
    private static Gen<string> Money { get; } =
        from units in Gen.Choose(0, 999_999_999)
        from decimals in Gen.Choose(0, 4)
        from unit in Gen.Elements("万元", "元")
        select $"{{ amount: {(units / (decimal)Math.Pow(10, decimals)).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)}, unit: {unit} }}";

    /// <summary>2019 （一）: 对外公开总数量 is cumulative, so never below 本年新公开数量 (R6).</summary>
    private static Gen<GeneratedFields> Published(string key) =>
        from made in Figure
        from published in Figure
        from earlier in Figure
        select new GeneratedFields(key,
        [
            ("made_this_year", made.ToString(CultureInfo.InvariantCulture)),
            ("published_this_year", published.ToString(CultureInfo.InvariantCulture)),
            ("published_total", (published + earlier).ToString(CultureInfo.InvariantCulture)),
        ]);

    /// <summary>上一年项目数量 and 本年增/减 with R5: their sum is never below 0.</summary>
    private static Gen<GeneratedFields> Items(string key, bool withDecisions) =>
        from last in Figure
        from change in Gen.Choose(-last, 50)
        from decisions in Number
        select new GeneratedFields(key,
        [
            ("items_last_year", last.ToString(CultureInfo.InvariantCulture)),
            ("items_change", change.ToString(CultureInfo.InvariantCulture)),
            .. withDecisions ? [("decisions", decisions)] : Array.Empty<(string, string)>(),
        ]);

    private static Gen<IReadOnlyList<GeneratedFields>> Table1Of2019 { get; } = Gen.CollectToList(
    [
        Published("rules"),
        Published("normative_documents"),
        Items("licensing", withDecisions: true),
        Items("other_public_services", withDecisions: true),
        Items("penalties", withDecisions: true),
        Items("enforcement", withDecisions: true),
        Items("fees", withDecisions: false),
        Fields("procurement", ("projects", Number), ("amount", Money)),
    ]).Select(list => (IReadOnlyList<GeneratedFields>)list);

    private static Gen<IReadOnlyList<GeneratedFields>> Table1Of2021 { get; } = Gen.CollectToList(
    [
        Fields("rules", ("issued", Number), ("repealed", Number), ("in_force", Number)),
        Fields("normative_documents", ("issued", Number), ("repealed", Number), ("in_force", Number)),
        Fields("licensing", ("decisions", Number)),
        Fields("penalties", ("decisions", Number)),
        Fields("enforcement", ("decisions", Number)),
        Fields("fees", ("amount", Money)),
    ]).Select(list => (IReadOnlyList<GeneratedFields>)list);
}
