using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Summary;

/// <summary>
/// The running totals, kept per official format: a report is added as soon as it is checked and then let go,
/// so memory holds one summed report per format and one row of cells per summed bureau (for the workbook).
/// A group whose reports use both formats has totals for neither (<see cref="Formats"/> tells).
/// </summary>
internal sealed class SummaryTotals(int year, string scope)
{
    private readonly Dictionary<ReportFormat, FormatTotals> _byFormat = [];

    public int Year => year;

    public string Scope => scope;

    public IReadOnlyCollection<ReportFormat> Formats => _byFormat.Keys;

    public FormatTotals? Single => _byFormat.Count == 1 ? _byFormat.Values.First() : null;

    public IEnumerable<FormatTotals> All => _byFormat.Values;

    public void Add(Report report)
    {
        if (!_byFormat.TryGetValue(report.Format, out var totals))
        {
            var at = new SourceSpan("汇总", 0, 0);
            var group = new Bureau("summary", scope, null, null, null, null, scope, at, "汇总范围内各单位");
            var title = $"{scope}{year}年政府信息公开工作年度报告汇总表";
            totals = _byFormat[report.Format] = new FormatTotals(report.Format, SummaryCells.Of(report.Format, report), ReportSum.Start(report, group, title, at));
            totals.AddRow(report);
            return;
        }

        totals.Sum = ReportSum.Add(totals.Sum, report, totals.Sum.Span);
        totals.AddRow(report);
    }
}

/// <summary>One format's totals: the summed report and every summed bureau's cells, in the order of <see cref="Cells"/>.</summary>
internal sealed class FormatTotals(ReportFormat format, IReadOnlyList<SummaryCell> cells, Report sum)
{
    public ReportFormat Format => format;

    public IReadOnlyList<SummaryCell> Cells => cells;

    public Report Sum { get; set; } = sum;

    public List<SummaryRow> Rows { get; } = [];

    public void AddRow(Report report)
    {
        var values = new decimal?[cells.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = cells[i].Read(report);
        }

        Rows.Add(new SummaryRow(report.Bureau.Id, report.Bureau.Agency, report.File, values));
    }
}

/// <summary>A summed bureau's row of the workbook: id, agency, year file and the value of every cell (null when blank).</summary>
internal sealed record SummaryRow(string BureauId, string Agency, string File, decimal?[] Values);
