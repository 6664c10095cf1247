using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Validation.YearOverYear;

/// <summary>
/// The key figures of each format, in the order the graphic and the comparison table show them. Table 2 and
/// table 3 are the same in both formats (their （六）其他处理 is compared only as the sum of its rows); table 1
/// differs (spec §2): only the 处理决定数量 of 行政许可、行政处罚、行政强制 carry the same meaning in both, so only
/// those share ids across the change — 规章/规范性文件 (新制作 in 2019, 制发 in 2021) and 收费 (items in 2019,
/// an amount in 2021) have ids of their own and are not compared across it.
/// </summary>
public static class KeyFigures
{
    public const string Received = "requests.received";
    public const string CarriedIn = "requests.carried_in";
    public const string Handled = "requests.total";
    public const string CarriedOut = "requests.carried_out";

    /// <summary>The four headline figures of table 2, which the graphic cannot do without.</summary>
    public static IReadOnlyList<string> Headline { get; } = [Received, CarriedIn, Handled, CarriedOut];

    /// <summary>The six outcome groups of table 2, in form order.</summary>
    public static IReadOnlyList<KeyFigure> Outcomes { get; } =
    [
        Count("requests.disclosed", "予以公开", r => r.Requests.Disclosed.Total, r => r.Requests.Disclosed.TotalSpan),
        Count("requests.partly_disclosed", "部分公开", r => r.Requests.PartlyDisclosed.Total, r => r.Requests.PartlyDisclosed.TotalSpan),
        Count("requests.withheld", "不予公开", r => SumOf(r.Requests.Withheld), r => r.Requests.Withheld[0].Span),
        Count("requests.not_available", "无法提供", r => SumOf(r.Requests.NotAvailable), r => r.Requests.NotAvailable[0].Span),
        Count("requests.not_processed", "不予处理", r => SumOf(r.Requests.NotProcessed), r => r.Requests.NotProcessed[0].Span),
        Count("requests.other_handling", "其他处理", r => SumOf(r.Requests.OtherHandling), r => r.Requests.OtherHandling[0].Span),
    ];

    /// <summary>Table 2's headline figures.</summary>
    public static IReadOnlyList<KeyFigure> Requests { get; } =
    [
        Count(Received, "本年新收申请", r => r.Requests.Received.Total, r => r.Requests.Received.TotalSpan),
        Count(CarriedIn, "上年结转申请", r => r.Requests.CarriedIn.Total, r => r.Requests.CarriedIn.TotalSpan),
        Count(Handled, "本年办结申请", r => r.Requests.Total.Total, r => r.Requests.Total.TotalSpan),
        Count(CarriedOut, "结转下年度办理", r => r.Requests.CarriedOut.Total, r => r.Requests.CarriedOut.TotalSpan),
    ];

    /// <summary>Table 3: the two totals (行政诉讼 is the two kinds of suit together).</summary>
    public static IReadOnlyList<KeyFigure> Appeals { get; } =
    [
        Count("appeals.reconsideration", "行政复议", r => r.Appeals.Reconsideration.Total, r => r.Appeals.Reconsideration.TotalSpan),
        Count("appeals.litigation", "行政诉讼", r => Both(r.Appeals.DirectSuit.Total, r.Appeals.SuitAfterReconsideration.Total), r => r.Appeals.DirectSuit.TotalSpan),
    ];

    /// <summary>Table 1 of the 2021 format.</summary>
    public static IReadOnlyList<KeyFigure> Proactive2021 { get; } =
    [
        Count("proactive.rules_issued", "制发规章", r => P2021(r)?.Rules.Issued.Value, r => P2021(r)!.Rules.Issued.Span),
        Count("proactive.normative_documents_issued", "制发行政规范性文件", r => P2021(r)?.NormativeDocuments.Issued.Value, r => P2021(r)!.NormativeDocuments.Issued.Span),
        Count("proactive.licensing", "行政许可决定", r => P2021(r)?.Licensing.Value, r => P2021(r)!.Licensing.Span),
        Count("proactive.penalties", "行政处罚决定", r => P2021(r)?.Penalties.Value, r => P2021(r)!.Penalties.Span),
        Count("proactive.enforcement", "行政强制决定", r => P2021(r)?.Enforcement.Value, r => P2021(r)!.Enforcement.Span),
        // Money keeps no position of its own: the row before it is where the cell is written.
        new KeyFigure("proactive.fees", "行政事业性收费", "万元", r => P2021(r)?.Fees?.InTenThousandYuan, r => P2021(r)!.Enforcement.Span),
    ];

    /// <summary>Table 1 of the 2019 format (收费 is the number of fee items at the year's end: 上一年项目数量 + 本年增/减).</summary>
    public static IReadOnlyList<KeyFigure> Proactive2019 { get; } =
    [
        Count("proactive.rules_made", "新制作规章", r => P2019(r)?.Rules.MadeThisYear.Value, r => P2019(r)!.Rules.MadeThisYear.Span),
        Count("proactive.normative_documents_made", "新制作规范性文件", r => P2019(r)?.NormativeDocuments.MadeThisYear.Value, r => P2019(r)!.NormativeDocuments.MadeThisYear.Span),
        Count("proactive.licensing", "行政许可决定", r => P2019(r)?.Licensing.Decisions.Value, r => P2019(r)!.Licensing.Decisions.Span),
        Count("proactive.penalties", "行政处罚决定", r => P2019(r)?.Penalties.Decisions.Value, r => P2019(r)!.Penalties.Decisions.Span),
        Count("proactive.enforcement", "行政强制决定", r => P2019(r)?.Enforcement.Decisions.Value, r => P2019(r)!.Enforcement.Decisions.Span),
        new KeyFigure("proactive.fee_items", "行政事业性收费项目", "个", r => P2019(r)?.Fees.ItemsAtYearEnd, r => P2019(r)!.Fees.ItemsChange.Span),
    ];

    public static IReadOnlyList<KeyFigure> Proactive(ReportFormat format) => format == ReportFormat.Format2019 ? Proactive2019 : Proactive2021;

    /// <summary>Every key figure of a format, in display order: table 2, its outcomes, table 1, table 3.</summary>
    public static IReadOnlyList<KeyFigure> Of(ReportFormat format) => [.. Requests, .. Outcomes, .. Proactive(format), .. Appeals];

    private static KeyFigure Count(string id, string label, Func<Report, int?> read, Func<Report, SourceSpan> where) => new(id, label, "件", r => read(r), where);

    /// <summary>The rows' totals added up; blank when any row is blank (a partial sum would pass for the whole).</summary>
    private static int? SumOf(IReadOnlyList<FigureRow> rows)
    {
        var sum = 0;
        foreach (var row in rows)
        {
            if (row.Total is not { } total)
            {
                return null;
            }

            sum += total;
        }

        return sum;
    }

    private static int? Both(int? a, int? b) => a is { } x && b is { } y ? x + y : null;

    private static ProactiveDisclosure2021? P2021(Report report) => report.ProactiveDisclosure as ProactiveDisclosure2021;

    private static ProactiveDisclosure2019? P2019(Report report) => report.ProactiveDisclosure as ProactiveDisclosure2019;
}
