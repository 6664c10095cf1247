using Generator.Data;

namespace Generator.Bench.Synthetic;

/// <summary>
/// Table 2 of one year, column by column: 一 received, 二 carried in (= last year's 四, relation C1),
/// the outcomes adding up to （七）总计 (R2), and 四 carried out, with 一 + 二 = （七） + 四 (R1).
/// </summary>
/// <param name="Outcomes">（一）–（六） in form order: the group key ("withheld"…) or null for a top-level row, the row key, its six cells.</param>
/// <param name="StateTotal">Write （七）总计 in the file (the engine then checks it) instead of leaving it to be derived.</param>
internal sealed record Table2Figures(int[] Received, int[] CarriedIn, IReadOnlyList<(string? Group, string Key, int[] Cells)> Outcomes, int[] CarriedOut, bool StateTotal)
{
    public const int Columns = 6;

    /// <summary>How applications spread over the applicant columns: almost all from 自然人.</summary>
    private static readonly double[] ColumnShare = [1.0, 0.08, 0.005, 0.01, 0.04, 0.02];

    public int ReceivedTotal => Received.Sum();

    public int CarriedInTotal => CarriedIn.Sum();

    public int CarriedOutTotal => CarriedOut.Sum();

    public int[] Total => [.. Enumerable.Range(0, Columns).Select(c => Outcomes.Sum(o => o.Cells[c]))];

    public int Cell(string key) => Outcomes.Where(o => o.Key == key).Sum(o => o.Cells.Sum());

    /// <param name="carriedIn">Last year's 四 per column, or null in a bureau's first year.</param>
    public static Table2Figures Create(Dice dice, ReportFormat format, double applicationsMean, int[]? carriedIn)
    {
        var rows = OutcomeRows(format);
        var weights = rows.Select(r => Weight(r.Key)).ToList();
        var received = new int[Columns];
        var inRow = new int[Columns];
        var outRow = new int[Columns];
        var cells = rows.Select(_ => new int[Columns]).ToList();
        for (var c = 0; c < Columns; c++)
        {
            received[c] = dice.Count(applicationsMean * ColumnShare[c]);
            inRow[c] = carriedIn?[c] ?? dice.Count(applicationsMean * ColumnShare[c] * 0.05);
            var toHandle = received[c] + inRow[c];
            outRow[c] = dice.Binomial(toHandle, 0.06);
            var spread = dice.Spread(toHandle - outRow[c], weights);
            for (var r = 0; r < rows.Count; r++)
            {
                cells[r][c] = spread[r];
            }
        }

        return new Table2Figures(received, inRow, [.. rows.Select((r, i) => (r.Group, r.Key, cells[i]))], outRow, dice.Chance(0.3));
    }

    /// <summary>The outcome rows of the format, from the engine's own row lists.</summary>
    private static List<(string? Group, string Key)> OutcomeRows(ReportFormat format)
    {
        List<(string? Group, string Key)> rows = [(null, "disclosed"), (null, "partly_disclosed")];
        rows.AddRange(RequestRows.Withheld.Select(r => ((string?)"withheld", r.Key)));
        rows.AddRange(RequestRows.NotAvailable.Select(r => ((string?)"not_available", r.Key)));
        rows.AddRange(RequestRows.NotProcessed.Select(r => ((string?)"not_processed", r.Key)));
        if (format == ReportFormat.Format2021)
        {
            rows.AddRange(RequestRows.OtherHandling2021.Select(r => ((string?)"other_handling", r.Key)));
        }
        else
        {
            rows.Add((null, "other_handling"));
        }

        return rows;
    }

    /// <summary>How often each outcome occurs, roughly as in published reports: most are disclosed.</summary>
    private static double Weight(string key) => key switch
    {
        "disclosed" => 45,
        "partly_disclosed" => 10,
        "state_secret" => 0.2,
        "prohibited_by_law" => 0.4,
        "three_securities_one_stability" => 0.4,
        "third_party_rights" => 2.5,
        "internal_affairs" => 1.5,
        "process_information" => 1.5,
        "enforcement_case_file" => 3,
        "administrative_query" => 4,
        "not_held" => 9,
        "would_need_creating" => 2,
        "still_unclear" => 2,
        "petition" => 4,
        "repeated" => 3,
        "published_material" => 0.3,
        "excessive" => 0.4,
        "confirmation_request" => 1,
        "no_correction" => 2,
        "fee_unpaid" => 0.2,
        _ => 2.5, // 其他处理
    };
}
