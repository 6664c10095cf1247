using System.Globalization;
using Generator.Data;

namespace Generator.Bench.Synthetic;

/// <summary>
/// Every figure of one bureau's report for one year, drawn so that all relations hold (R1–R6 within
/// the year; C1–C3 with the year before, across the 2020→2021 format change too) and drifting from
/// the previous year's figures as a real bureau's do.
/// </summary>
/// <param name="ApplicationsMean">The bureau's level of applications this year (drifts year to year).</param>
/// <param name="Appeals">行政复议, 未经复议直接起诉, 复议后起诉: [维持, 纠正, 其他, 尚未审结] each.</param>
/// <param name="PublishedSoFar">Normative documents published up to this year (2019 对外公开总数量), kept across formats.</param>
internal sealed record YearFigures(
    int Year,
    ReportFormat Format,
    double ApplicationsMean,
    Table1Figures Table1,
    Table2Figures Table2,
    IReadOnlyList<int[]> Appeals,
    int PublishedSoFar,
    int InForce)
{
    public int ReconsiderationTotal => Appeals[0].Sum();

    public int LawsuitTotal => Appeals[1].Sum() + Appeals[2].Sum();

    public static YearFigures Create(BureauProfile bureau, Dice dice, int year, YearFigures? previous)
    {
        var format = ReportFormats.ForYear(year);
        var mean = previous is null ? 6 * bureau.Scale * (0.5 + dice.Unit()) : previous.ApplicationsMean * (0.8 + (dice.Unit() * 0.5));
        var table2 = Table2Figures.Create(dice, format, mean, previous?.Table2.CarriedOut);
        var decisions = Decisions(bureau, dice, previous);
        var (documents, publishedSoFar, inForce) = Documents(dice, format, previous);
        var items = format == ReportFormat.Format2019 ? Items(dice, decisions, previous) : new Dictionary<string, (int, int, int?)>();
        var procurement = format == ReportFormat.Format2019 ? dice.Count(15 * Math.Sqrt(bureau.Scale)) : 0;
        var money = format == ReportFormat.Format2019 ? Procurement(dice, procurement) : Fees(dice, bureau);
        var appealScale = Math.Sqrt(bureau.Scale);
        IReadOnlyList<int[]> appeals =
        [
            Group(dice, appealScale, [0.4, 0.08, 0.15, 0.08]),
            Group(dice, appealScale, [0.2, 0.03, 0.08, 0.05]),
            Group(dice, appealScale, [0.15, 0.02, 0.05, 0.03]),
        ];
        return new YearFigures(year, format, mean, new Table1Figures(documents, items, decisions, procurement, money), table2, appeals, publishedSoFar, inForce);
    }

    private static int[] Group(Dice dice, double scale, double[] means) => [.. means.Select(m => dice.Count(m * scale))];

    /// <summary>Decisions drift from last year's; the first year starts from the bureau's size.</summary>
    private static Dictionary<string, int> Decisions(BureauProfile bureau, Dice dice, YearFigures? previous)
    {
        (string Key, double Base)[] rows = [("licensing", 900), ("other_public_services", 150), ("penalties", 1800), ("enforcement", 300)];
        var result = new Dictionary<string, int>();
        foreach (var (key, level) in rows)
        {
            result[key] = previous?.Table1.Decisions[key] is { } last
                ? dice.Drift(last, 0.85, 1.2)
                : dice.Count(level * bureau.Scale * (0.3 + (dice.Unit() * 1.2)));
        }

        return result;
    }

    /// <summary>
    /// （一）. Rules (规章) are made by governments, not county bureaus: always 0. Normative documents:
    /// 2019 publishes what it made and keeps a running total (R6); 2021 keeps 现行有效 = last year's + 制发 − 废止 (C2).
    /// </summary>
    private static (Dictionary<string, int[]> Rows, int PublishedSoFar, int InForce) Documents(Dice dice, ReportFormat format, YearFigures? previous)
    {
        var made = dice.Count(0.8);
        var publishedBefore = previous?.PublishedSoFar ?? dice.Between(0, 20);
        if (format == ReportFormat.Format2019)
        {
            var published = made > 0 && dice.Chance(0.2) ? made - 1 : made;
            var total = publishedBefore + published;
            return (new() { ["rules"] = [0, 0, 0], ["normative_documents"] = [made, published, total] }, total, 0);
        }

        // The first 2021-format year starts from a plausible stock: some of what was published is still in force.
        var inForceBefore = previous is { Format: ReportFormat.Format2021 } ? previous.InForce : dice.Between(0, Math.Min(publishedBefore, 12));
        var repealed = inForceBefore > 0 && dice.Chance(0.3) ? dice.Between(1, Math.Min(inForceBefore, 2)) : 0;
        var inForce = inForceBefore + made - repealed;
        return (new() { ["rules"] = [0, 0, 0], ["normative_documents"] = [made, repealed, inForce] }, publishedBefore + made, inForce);
    }

    /// <summary>2019 （五）（六）（八）: this year's 上一年项目数量 is last year's plus its change (C3); the change never takes it below 0 (R5).</summary>
    private static Dictionary<string, (int, int, int?)> Items(Dice dice, Dictionary<string, int> decisions, YearFigures? previous)
    {
        var result = new Dictionary<string, (int, int, int?)>();
        foreach (var (key, _, withDecisions) in ProactiveRows.Items2019)
        {
            var last = previous?.Table1.Items.TryGetValue(key, out var before) == true
                ? before.Last + before.Change
                : key switch
                {
                    "licensing" => dice.Between(3, 30),
                    "other_public_services" => dice.Between(0, 10),
                    "penalties" => dice.Between(50, 900),
                    "enforcement" => dice.Between(2, 50),
                    _ => dice.Between(0, 30),
                };
            var change = dice.Chance(0.65) ? 0 : Math.Max(-last, dice.Between(-3, key == "penalties" ? 40 : 5));
            result[key] = (last, change, withDecisions ? decisions[key] : null);
        }

        return result;
    }

    private static string Procurement(Dice dice, int projects)
    {
        if (projects == 0)
        {
            return "{ amount: 0, unit: 万元 }";
        }

        // Some bureaus publish 元 with fen, most 万元 with two decimals.
        var wan = Math.Round((decimal)(projects * (2 + (dice.Unit() * 38))), 2);
        return dice.Chance(0.2) ? Money(wan * 10000m, "元") : Money(wan, "万元");
    }

    private static string Fees(Dice dice, BureauProfile bureau)
    {
        var wan = Math.Round((decimal)(bureau.Scale * (30 + (dice.Unit() * 300))), dice.Between(2, 4));
        return dice.Chance(0.15) ? Money(wan * 10000m, "元") : Money(wan, "万元");
    }

    private static string Money(decimal amount, string unit) =>
        $"{{ amount: {amount.ToString(CultureInfo.InvariantCulture)}, unit: {unit} }}";
}
