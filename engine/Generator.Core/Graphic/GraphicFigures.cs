using Generator.Data;
using Generator.Validation.YearOverYear;

namespace Generator.Graphic;

/// <summary>
/// What the 一图读懂 shows (the template's <c>graphic</c>), made from the same model as the report: the four
/// headline figures of table 2, its outcome groups with their shares, table 1's key figures, 行政复议 and
/// 行政诉讼 with their results, and the change from last year on each key figure when last year's file exists.
/// A blank figure stays blank (shown as “未填报”, never 0). <see cref="Rows"/> is the text equivalent.
/// </summary>
public sealed record GraphicFigures(
    string Title,
    string Agency,
    int Year,
    int? PreviousYear,
    IReadOnlyList<FigureComparison> Headline,
    IReadOnlyList<GraphicBar> Outcomes,
    IReadOnlyList<FigureComparison> Proactive,
    GraphicAppeal Reconsideration,
    GraphicAppeal Litigation)
{
    /// <summary>What a blank figure is shown as.</summary>
    public const string Blank = "未填报";

    private static readonly string[] ResultLabels = ["结果维持", "结果纠正", "其他结果", "尚未审结"];

    /// <summary>Every figure the graphic shows, in its order, as the text table beside it.</summary>
    public IReadOnlyList<GraphicRow> Rows =>
    [
        .. Headline.Select(f => new GraphicRow("依申请公开", f.Label, Display(f), f.Mark)),
        .. Outcomes.Select(b => new GraphicRow("办理结果", b.Label, b.Percent.Length == 0 ? b.Display : $"{b.Display}（占 {b.Percent}）", b.Mark)),
        .. Proactive.Select(f => new GraphicRow("主动公开", f.Label, Display(f), f.Mark)),
        .. AppealRows("行政复议", Reconsideration),
        .. AppealRows("行政诉讼", Litigation),
    ];

    /// <summary>The figures of a report, compared with its year before when the report carries one.</summary>
    public static GraphicFigures Of(Report report)
    {
        var all = YearComparison.Of(report, report.PreviousYear).ToDictionary(c => c.Id, StringComparer.Ordinal);
        var handled = all[KeyFigures.Handled].Now;
        return new GraphicFigures(
            report.Title,
            report.Bureau.Agency,
            report.Year,
            report.PreviousYear?.Year,
            [.. KeyFigures.Requests.Select(f => all[f.Id])],
            [.. KeyFigures.Outcomes.Select(f => new GraphicBar(all[f.Id], Share(all[f.Id].Now, handled)))],
            [.. KeyFigures.Proactive(report.Format).Select(f => all[f.Id])],
            new GraphicAppeal(all["appeals.reconsideration"], Results(report.Appeals.Reconsideration.Parts.Select(p => p.Value).ToList())),
            new GraphicAppeal(all["appeals.litigation"], Results([.. report.Appeals.DirectSuit.Parts.Zip(report.Appeals.SuitAfterReconsideration.Parts,
                (a, b) => a.Value is { } x && b.Value is { } y ? x + y : (int?)null)])));
    }

    /// <summary>A figure with its unit, or <see cref="Blank"/>.</summary>
    public static string Display(FigureComparison figure) => figure.Value.Length == 0 ? Blank : figure.Value + figure.Unit;

    private static IEnumerable<GraphicRow> AppealRows(string section, GraphicAppeal appeal) =>
        [new GraphicRow(section, appeal.Label, appeal.Display, appeal.Total.Mark), .. appeal.Results.Select(r => new GraphicRow(section, r.Label, r.Display, string.Empty))];

    private static List<GraphicPart> Results(List<int?> values) =>
        [.. ResultLabels.Select((label, i) => new GraphicPart(label, i < values.Count && values[i] is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty))];

    private static decimal? Share(decimal? part, decimal? whole) => part is { } p && whole is { } w && w > 0 ? p / w : null;
}
