using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Validation.YearOverYear;

/// <summary>
/// Last year's report as templates see it (<c>previous</c>): in this year's format, so that the same field
/// names work whichever format last year used. Across the 2019→2021 change (spec §2.2, §3.2) only the rows
/// that mean the same are carried: table 2 and table 3 whole, except that the 2019 single （六）其他处理 row
/// cannot be split into the three 2021 rows (they are blank; （七）总计 keeps last year's figure); of table 1
/// only the 处理决定数量 of 行政许可、行政处罚、行政强制. 规章/规范性文件 (新制作 vs 制发) and 收费 (items vs an
/// amount) are blank, as is the 2021 （一）, which has no 2019 counterpart.
/// </summary>
public static class PreviousYear
{
    /// <summary>Last year's report in <paramref name="format"/>; null when it cannot be put in it (a later format than this year's).</summary>
    public static Report? InFormat(Report previous, ReportFormat format)
    {
        if (previous.Format == format)
        {
            return previous;
        }

        if (previous.Format != ReportFormat.Format2019 || format != ReportFormat.Format2021 || previous.ProactiveDisclosure is not ProactiveDisclosure2019 p)
        {
            return null;
        }

        var span = p.Licensing.Decisions.Span;
        var blank = Count.Blank(span);
        var documents = new DocumentCounts2021(blank, blank, blank);
        var requests = previous.Requests;
        var otherSpan = requests.OtherHandling.Count > 0 ? requests.OtherHandling[0].Span : requests.Total.Span;
        var columns = requests.Received.Parts.Count;
        IReadOnlyList<FigureRow> other =
        [
            .. RequestRows.OtherHandling2021.Select(r => new FigureRow(
                "requests.other_handling." + r.Key, [.. Enumerable.Repeat(Count.Blank(otherSpan), columns)], null, otherSpan)),
        ];
        return previous with
        {
            Format = format,
            ProactiveDisclosure = new ProactiveDisclosure2021(null, documents, documents, p.Licensing.Decisions, p.Penalties.Decisions, p.Enforcement.Decisions, null),
            Requests = requests with { OtherHandling = other },
        };
    }
}
