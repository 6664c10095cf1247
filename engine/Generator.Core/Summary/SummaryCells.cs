using Generator.Data;

namespace Generator.Summary;

/// <summary>
/// Every cell of tables 1–3 of a format, in the order of the form, with the official labels (the same lists the
/// reader and the templates use: <see cref="ProactiveRows"/>, <see cref="RequestHandling.LabelledRows"/>,
/// <see cref="TableColumns"/>). The workbook has one column per cell.
/// </summary>
internal static class SummaryCells
{
    private const string Table1 = "表1";
    private const string Table2 = "表2";
    private const string Table3 = "表3";

    public static IReadOnlyList<SummaryCell> Of(ReportFormat format, Report sample) =>
        [.. (format == ReportFormat.Format2019 ? Proactive2019() : Proactive2021()), .. Requests(sample), .. Appeals()];

    private static IEnumerable<SummaryCell> Proactive2021()
    {
        static ProactiveDisclosure2021 P(Report r) => (ProactiveDisclosure2021)r.ProactiveDisclosure;
        foreach (var (key, label) in ProactiveRows.Documents2021)
        {
            yield return new(Table1, label, "本年制发件数", false, r => P(r).Documents(key).Issued.Value);
            yield return new(Table1, label, "本年废止件数", false, r => P(r).Documents(key).Repealed.Value);
            yield return new(Table1, label, "现行有效件数", false, r => P(r).Documents(key).InForce.Value);
        }

        yield return new(Table1, "行政许可", "本年处理决定数量", false, r => P(r).Licensing.Value);
        yield return new(Table1, "行政处罚", "本年处理决定数量", false, r => P(r).Penalties.Value);
        yield return new(Table1, "行政强制", "本年处理决定数量", false, r => P(r).Enforcement.Value);
        yield return new(Table1, "行政事业性收费", "本年收费金额（单位：万元）", true, r => P(r).Fees?.InTenThousandYuan);
    }

    private static IEnumerable<SummaryCell> Proactive2019()
    {
        static ProactiveDisclosure2019 P(Report r) => (ProactiveDisclosure2019)r.ProactiveDisclosure;
        foreach (var (key, label) in ProactiveRows.Documents2019)
        {
            yield return new(Table1, label, "本年新制作数量", false, r => P(r).Documents(key).MadeThisYear.Value);
            yield return new(Table1, label, "本年新公开数量", false, r => P(r).Documents(key).PublishedThisYear.Value);
            yield return new(Table1, label, "对外公开总数量", false, r => P(r).Documents(key).PublishedTotal.Value);
        }

        foreach (var (key, label, withDecisions) in ProactiveRows.Items2019)
        {
            yield return new(Table1, label, "上一年项目数量", false, r => P(r).Items(key).ItemsLastYear.Value);
            yield return new(Table1, label, "本年增/减", false, r => P(r).Items(key).ItemsChange.Value);
            if (withDecisions)
            {
                yield return new(Table1, label, "处理决定数量", false, r => P(r).Items(key).Decisions.Value);
            }
        }

        yield return new(Table1, "政府集中采购", "采购项目数量", false, r => P(r).Procurement.Projects.Value);
        yield return new(Table1, "政府集中采购", "采购总金额（万元）", true, r => P(r).Procurement.Amount?.InTenThousandYuan);
    }

    /// <summary>Table 2's rows differ in number between the formats（（六）其他处理）: they are taken from a report of the format.</summary>
    private static IEnumerable<SummaryCell> Requests(Report sample)
    {
        var labels = sample.Requests.LabelledRows().Select(r => r.Label).ToList();
        var rows = RowsOf(sample.Requests);
        for (var row = 0; row < labels.Count; row++)
        {
            for (var column = 0; column < TableColumns.Applicants.Count; column++)
            {
                var (select, c) = (rows[row], column);
                yield return new(Table2, labels[row], TableColumns.Applicants[column], false, report => Cell(select(report.Requests), c));
            }
        }
    }

    /// <summary>How to reach each row of table 2, in the order of <see cref="RequestHandling.LabelledRows"/>.</summary>
    private static List<Func<RequestHandling, FigureRow>> RowsOf(RequestHandling shape)
    {
        List<Func<RequestHandling, FigureRow>> rows = [r => r.Received, r => r.CarriedIn, r => r.Disclosed, r => r.PartlyDisclosed];
        foreach (var (group, count) in new (Func<RequestHandling, IReadOnlyList<FigureRow>>, int)[]
                 {
                     (r => r.Withheld, shape.Withheld.Count), (r => r.NotAvailable, shape.NotAvailable.Count),
                     (r => r.NotProcessed, shape.NotProcessed.Count), (r => r.OtherHandling, shape.OtherHandling.Count),
                 })
        {
            for (var i = 0; i < count; i++)
            {
                var index = i;
                rows.Add(r => group(r)[index]);
            }
        }

        rows.Add(r => r.Total);
        rows.Add(r => r.CarriedOut);
        return rows;
    }

    private static IEnumerable<SummaryCell> Appeals()
    {
        (string Label, Func<Report, FigureRow> Row)[] groups =
        [
            ("行政复议", r => r.Appeals.Reconsideration), ("行政诉讼 未经复议直接起诉", r => r.Appeals.DirectSuit),
            ("行政诉讼 复议后起诉", r => r.Appeals.SuitAfterReconsideration),
        ];
        foreach (var (label, row) in groups)
        {
            for (var column = 0; column < TableColumns.Results.Count; column++)
            {
                var c = column;
                yield return new(Table3, label, TableColumns.Results[column], false, r => Cell(row(r), c));
            }
        }
    }

    /// <summary>A part of the row, or its total (the last column), as printed.</summary>
    private static decimal? Cell(FigureRow row, int column) => column < row.Parts.Count ? row.Parts[column].Value : row.Total;
}
