using Generator.Data;
using Generator.Diagnostics;
using Generator.Validation.Narrative;

namespace Generator.Validation;

/// <summary>
/// Checks the arithmetic relations (勾稽关系, spec §5). Blank cells are not zeros: where a row or
/// column has blanks only the filled part is checked (it must not exceed the stated total).
/// A broken official relation (R1–R5) is an error and a plausibility check (R6) a warning, unless a
/// waiver names the row; a waiver in use is reported as info.
/// </summary>
public sealed class RelationChecker
{
    private readonly WaiverLedger _waivers;

    private RelationChecker(WaiverLedger waivers)
    {
        _waivers = waivers;
    }

    /// <summary>Checks one report and, when the previous year's report is given, the cross-year relations (C1–C3).</summary>
    public static void Check(Report report, DiagnosticBag diagnostics, Report? previousYear = null)
    {
        var waivers = new WaiverLedger(report.Waivers, diagnostics, report.File);
        var checker = new RelationChecker(waivers);
        checker.CheckRequests(report.Requests);
        checker.CheckAppeals(report.Appeals);
        if (report.ProactiveDisclosure is ProactiveDisclosure2019 p)
        {
            checker.CheckItemCounts(p);
            checker.CheckPublishedTotals(p);
        }

        if (previousYear is not null)
        {
            CrossYearChecker.Check(report, previousYear, waivers);
            YearOverYear.YearOverYearChecker.Check(report, previousYear, waivers, diagnostics);
        }

        NarrativeFigureChecker.Check(report, waivers, diagnostics);

        waivers.ReportUnused();
    }

    private void CheckRequests(RequestHandling t)
    {
        // R3: each row's 总计 against its six columns. Only a stated total can disagree.
        foreach (var row in t.AllRows.Where(r => r.StatedTotal is not null && r.IsValid))
        {
            CheckTotal(row, DiagnosticCode.RelationR3, RelationIds.R3, "表2");
        }

        // A column relation is only meaningful when every row it reads was valid (a typo is reported once, not again as arithmetic).
        if (!t.AllRows.All(r => r.IsValid))
        {
            return;
        }

        // Each row's cells once, not once per column.
        IReadOnlyList<int?> receivedCells = t.Received.Cells, carriedInCells = t.CarriedIn.Cells, totalCells = t.Total.Cells, carriedOutCells = t.CarriedOut.Cells;
        var outcomeCells = t.Outcomes.Select(r => r.Cells).ToList();
        for (var c = 0; c < TableColumns.Applicants.Count; c++)
        {
            var column = TableColumns.Applicants[c];

            // R1: 一 + 二 = （七） + 四
            int? received = receivedCells[c], carriedIn = carriedInCells[c], total = totalCells[c], carriedOut = carriedOutCells[c];
            if (received is not null && carriedIn is not null && total is not null && carriedOut is not null
                && received + carriedIn != total + carriedOut)
            {
                Violation(t.Total, DiagnosticCode.RelationR1, RelationIds.R1, t.Received.Span,
                    $"表2“{column}”列：一（{received}）加二（{carriedIn}）之和为 {received + carriedIn}，不等于（七）总计（{total}）加四（{carriedOut}）之和 {total + carriedOut}",
                    "表2 的说明：第一项加第二项之和，等于第三项加第四项之和。请核对这一列的数字。");
            }

            // R2: （七）总计 = （一）…（六）. A derived total agrees by construction.
            if (!t.TotalStated)
            {
                continue;
            }

            var stated = totalCells[c];
            var cells = outcomeCells.Select(r => r[c]).ToList();
            if (stated is null || cells.All(v => v is null))
            {
                continue;
            }

            var sum = cells.Sum(v => v ?? 0);
            var complete = cells.All(v => v is not null);
            if (complete ? sum != stated : sum > stated)
            {
                Violation(t.Total, DiagnosticCode.RelationR2, RelationIds.R2, t.Total.Span,
                    complete
                        ? $"表2“{column}”列：（七）总计为 {stated}，但（一）至（六）各行之和为 {sum}"
                        : $"表2“{column}”列：（一）至（六）已填各行之和 {sum} 已超过（七）总计 {stated}",
                    "请核对（一）至（六）各行和（七）总计，改正写错的一处。");
            }
        }
    }

    private void CheckAppeals(Appeals appeals)
    {
        foreach (var group in appeals.Groups.Where(g => g.StatedTotal is not null && g.IsValid))
        {
            CheckTotal(group, DiagnosticCode.RelationR4, RelationIds.R4, "表3");
        }
    }

    private void CheckTotal(FigureRow row, DiagnosticCode code, string relation, string table)
    {
        var stated = row.StatedTotal!.Value.Value;
        var sum = row.SumOfParts;
        if (stated is null || sum is null)
        {
            return;
        }

        if (row.HasBlankPart ? sum > stated : sum != stated)
        {
            Violation(row, code, relation, row.TotalSpan,
                row.HasBlankPart
                    ? $"{table} {row.Path}：已填各项之和 {sum} 超过了总计 {stated}"
                    : $"{table} {row.Path}：总计（{stated}）不等于各项之和（{sum}）",
                "请核对总计和各项，改正写错的一处。");
        }
    }

    private void CheckItemCounts(ProactiveDisclosure2019 p)
    {
        foreach (var (key, name, row) in p.ItemRows)
        {
            if (row.ItemsAtYearEnd < 0)
            {
                _waivers.Violation(Severity.Error, DiagnosticCode.RelationR5, "proactive_disclosure." + key, RelationIds.R5, row.ItemsChange.Span,
                    $"表1“{name}”：上一年项目数量 {row.ItemsLastYear.Value} 加本年增/减 {row.ItemsChange.Value} 小于 0", "减少的项目不会多于上一年的项目数量，请核对。");
            }
        }
    }

    /// <summary>R6: 对外公开总数量 counts every document ever published, so it is at least this year's 本年新公开数量 (spec §5, plausibility).</summary>
    private void CheckPublishedTotals(ProactiveDisclosure2019 p)
    {
        foreach (var (key, name) in ProactiveRows.Documents2019)
        {
            var row = p.Documents(key);
            if (row.PublishedThisYear.Value is { } published && row.PublishedTotal.Value is { } total && total < published)
            {
                _waivers.Violation(Severity.Warning, DiagnosticCode.RelationR6, "proactive_disclosure." + key, RelationIds.R6, row.PublishedTotal.Span,
                    $"表1“{name}”：对外公开总数量（{total}）小于本年新公开数量（{published}）",
                    "对外公开总数量是历年累计公开的件数，通常不小于本年新公开数量，请核对。");
            }
        }
    }

    private void Violation(FigureRow row, DiagnosticCode code, string relation, SourceSpan span, string message, string hint) =>
        _waivers.Violation(Severity.Error, code, row.Path, relation, span, message, hint);
}
