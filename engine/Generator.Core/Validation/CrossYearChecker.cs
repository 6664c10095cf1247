using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Validation;

/// <summary>
/// Compares a report with the same bureau's report of the year before (spec §5, "not official"):
/// the form states no relation across years, and published reports do break these legitimately
/// (a late-registered application, a document that lapsed without repeal), so each is a warning,
/// which a waiver turns into info. Only cells filled in both years are compared.
/// </summary>
internal static class CrossYearChecker
{
    public static void Check(Report report, Report previous, WaiverLedger waivers)
    {
        CheckCarriedOver(report, previous, waivers);
        if (report.ProactiveDisclosure is ProactiveDisclosure2021 now && previous.ProactiveDisclosure is ProactiveDisclosure2021 before)
        {
            foreach (var (key, name) in ProactiveRows.Documents2021)
            {
                CheckInForce(key, name, now.Documents(key), before.Documents(key), previous, waivers);
            }
        }

        if (report.ProactiveDisclosure is ProactiveDisclosure2019 now2019 && previous.ProactiveDisclosure is ProactiveDisclosure2019 before2019)
        {
            foreach (var (key, name, row) in now2019.ItemRows)
            {
                CheckItemsLastYear(key, name, row, before2019.Items(key), previous, waivers);
            }
        }
    }

    /// <summary>C1: 二、上年结转 of this year = 四、结转下年度继续办理 of last year, column by column (总计 included).</summary>
    private static void CheckCarriedOver(Report report, Report previous, WaiverLedger waivers)
    {
        var carriedIn = report.Requests.CarriedIn;
        var carriedOut = previous.Requests.CarriedOut;
        if (!carriedIn.IsValid || !carriedOut.IsValid)
        {
            return;
        }

        var differences = new List<string>();
        for (var c = 0; c < TableColumns.Applicants.Count; c++)
        {
            if (carriedIn.Cells[c] is { } now && carriedOut.Cells[c] is { } before && now != before)
            {
                differences.Add($"“{TableColumns.Applicants[c]}”本年 {now}、上年 {before}");
            }
        }

        if (differences.Count > 0)
        {
            waivers.Violation(Severity.Warning, DiagnosticCode.CarriedOverMismatch, carriedIn.Path, RelationIds.C1, carriedIn.Span,
                $"表2 二、上年结转政府信息公开申请数量与 {previous.Year} 年度的“四、结转下年度继续办理”不一致：{string.Join("；", differences)}",
                $"上年结转的申请应等于上一年度报告（{previous.File}）结转下年度的申请，请核对两年的数字。");
        }
    }

    /// <summary>C2 (2021 format in both years): 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数.</summary>
    private static void CheckInForce(string key, string name, DocumentCounts2021 now, DocumentCounts2021 before, Report previous, WaiverLedger waivers)
    {
        if (now.InForce.Value is not { } inForce || before.InForce.Value is not { } lastInForce
            || now.Issued.Value is not { } issued || now.Repealed.Value is not { } repealed)
        {
            return;
        }

        var expected = (long)lastInForce + issued - repealed;
        if (inForce != expected)
        {
            waivers.Violation(Severity.Warning, DiagnosticCode.InForceMismatch, "proactive_disclosure." + key, RelationIds.C2, now.InForce.Span,
                $"表1“{name}”现行有效件数为 {inForce}，但按 {previous.Year} 年度的现行有效件数 {lastInForce} + 本年制发 {issued} − 本年废止 {repealed} 应为 {expected}",
                "未经废止而失效或重新归类的文件会使两者不同；不属此类时请核对两年的数字。");
        }
    }

    /// <summary>C3 (2019 format in both years): 上一年项目数量 = last year's 上一年项目数量 + last year's 本年增/减.</summary>
    private static void CheckItemsLastYear(string key, string name, ItemCounts now, ItemCounts before, Report previous, WaiverLedger waivers)
    {
        if (now.ItemsLastYear.Value is not { } itemsLastYear || before.ItemsAtYearEnd is not { } expected)
        {
            return;
        }

        if (itemsLastYear != expected)
        {
            waivers.Violation(Severity.Warning, DiagnosticCode.ItemsLastYearMismatch, "proactive_disclosure." + key, RelationIds.C3, now.ItemsLastYear.Span,
                $"表1“{name}”上一年项目数量为 {itemsLastYear}，但 {previous.Year} 年度报告的上一年项目数量 {before.ItemsLastYear.Value} 加本年增/减 {before.ItemsChange.Value} 为 {expected}",
                $"本年的“上一年项目数量”应是上一年度年末的项目数量，请核对 {previous.Year} 年度的数字。");
        }
    }
}
