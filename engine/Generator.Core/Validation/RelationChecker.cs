using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Validation;

/// <summary>
/// Checks the arithmetic relations (勾稽关系, spec §5). Blank cells are not zeros: where a row or
/// column has blanks only the filled part is checked (it must not exceed the stated total).
/// A broken relation is an error unless a waiver names the row; a waiver in use is reported as info.
/// </summary>
public sealed class RelationChecker
{
    private static readonly string[] ApplicantColumns = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    private readonly Report _report;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<Waiver> _used = [];

    private RelationChecker(Report report, DiagnosticBag diagnostics)
    {
        _report = report;
        _diagnostics = diagnostics;
    }

    public static void Check(Report report, DiagnosticBag diagnostics)
    {
        var checker = new RelationChecker(report, diagnostics);
        checker.CheckRequests(report.Requests);
        checker.CheckAppeals(report.Appeals);
        if (report.ProactiveDisclosure is ProactiveDisclosure2019 p)
        {
            checker.CheckItemCounts(p);
        }

        checker.ReportUnusedWaivers();
    }

    private void CheckRequests(RequestHandling t)
    {
        // R3: each row's 总计 against its six columns. Only a stated total can disagree.
        foreach (var row in t.AllRows.Where(r => r.StatedTotal is not null && r.IsValid))
        {
            CheckTotal(row, DiagnosticCode.RelationR3, "R3", "表2");
        }

        // A column relation is only meaningful when every row it reads was valid (a typo is reported once, not again as arithmetic).
        if (!t.AllRows.All(r => r.IsValid))
        {
            return;
        }

        for (var c = 0; c < ApplicantColumns.Length; c++)
        {
            var column = ApplicantColumns[c];

            // R1: 一 + 二 = （七） + 四
            int? received = t.Received.Cells[c], carriedIn = t.CarriedIn.Cells[c], total = t.Total.Cells[c], carriedOut = t.CarriedOut.Cells[c];
            if (received is not null && carriedIn is not null && total is not null && carriedOut is not null
                && received + carriedIn != total + carriedOut)
            {
                Violation(t.Total, DiagnosticCode.RelationR1, "R1", t.Received.Span,
                    $"表2“{column}”列：一（{received}）加二（{carriedIn}）之和为 {received + carriedIn}，不等于（七）总计（{total}）加四（{carriedOut}）之和 {total + carriedOut}",
                    "表2 的说明：第一项加第二项之和，等于第三项加第四项之和。请核对这一列的数字。");
            }

            // R2: （七）总计 = （一）…（六）. A derived total agrees by construction.
            if (!t.TotalStated)
            {
                continue;
            }

            var stated = t.Total.Cells[c];
            var cells = t.Outcomes.Select(r => r.Cells[c]).ToList();
            if (stated is null || cells.All(v => v is null))
            {
                continue;
            }

            var sum = cells.Sum(v => v ?? 0);
            var complete = cells.All(v => v is not null);
            if (complete ? sum != stated : sum > stated)
            {
                Violation(t.Total, DiagnosticCode.RelationR2, "R2", t.Total.Span,
                    complete
                        ? $"表2“{column}”列：（七）总计为 {stated}，但（一）至（六）各行之和为 {sum}"
                        : $"表2“{column}”列：（一）至（六）已填各行之和 {sum} 已超过（七）总计 {stated}",
                    "请核对（一）至（六）各行，或删去 requests.total 让程序自动相加。");
            }
        }
    }

    private void CheckAppeals(Appeals appeals)
    {
        foreach (var group in appeals.Groups.Where(g => g.StatedTotal is not null && g.IsValid))
        {
            CheckTotal(group, DiagnosticCode.RelationR4, "R4", "表3");
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
                "请改正总计或各项；若要照录已发布的数字，请在 waivers 中写明理由。");
        }
    }

    private void CheckItemCounts(ProactiveDisclosure2019 p)
    {
        foreach (var (name, row) in new[] { ("行政许可", p.Licensing), ("其他对外管理服务事项", p.OtherPublicServices), ("行政处罚", p.Penalties), ("行政强制", p.Enforcement), ("行政事业性收费", p.Fees) })
        {
            if (row.ItemsLastYear.Value is { } last && row.ItemsChange.Value is { } change && last + change < 0)
            {
                _diagnostics.Error(DiagnosticCode.RelationR5, row.ItemsChange.Span,
                    $"表1“{name}”：上一年项目数量 {last} 加本年增/减 {change} 小于 0", "减少的项目不会多于上一年的项目数量，请核对。");
            }
        }
    }

    private void Violation(FigureRow row, DiagnosticCode code, string relation, SourceSpan span, string message, string hint)
    {
        var waiver = _report.Waivers.FirstOrDefault(w => w.At == row.Path && (w.Relation is null || w.Relation == relation));
        if (waiver is null)
        {
            _diagnostics.Error(code, span, message, hint);
            return;
        }

        _used.Add(waiver);
        _diagnostics.Info(DiagnosticCode.WaiverApplied, span, $"{message}；按说明照录已发布数字：{waiver.Reason}");
    }

    private void ReportUnusedWaivers()
    {
        foreach (var waiver in _report.Waivers.Where(w => !_used.Contains(w)))
        {
            _diagnostics.Warning(DiagnosticCode.WaiverUnused, waiver.Span,
                $"waivers 中针对 {waiver.At} 的说明没有用上：这一行的数字符合勾稽关系{(waiver.Relation is null ? string.Empty : " " + waiver.Relation)}",
                "请检查 at 是否写对，或删除这条说明。");
        }
    }
}
