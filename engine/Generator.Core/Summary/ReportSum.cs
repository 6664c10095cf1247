using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Summary;

/// <summary>
/// Adds reports of one format cell by cell into a report of the same shape, so that the totals go through the
/// same templates and renderers as a single report. A cell stays blank only when every report left it blank
/// (blank is not 0); money is added in 万元, the unit the form prints. A total is the sum of the totals as
/// published (a total kept by a waiver counts as written), so the summed table shows what the reports say.
/// </summary>
internal static class ReportSum
{
    public static Report Add(Report sum, Report next, SourceSpan at)
    {
        if (sum.Format != next.Format)
        {
            throw new ArgumentException("reports of different formats cannot be added", nameof(next));
        }

        return sum with
        {
            ProactiveDisclosure = Add(sum.ProactiveDisclosure, next.ProactiveDisclosure, at),
            Requests = Add(sum.Requests, next.Requests, at),
            Appeals = new Appeals(null, Add(sum.Appeals.Reconsideration, next.Appeals.Reconsideration, at),
                Add(sum.Appeals.DirectSuit, next.Appeals.DirectSuit, at), Add(sum.Appeals.SuitAfterReconsideration, next.Appeals.SuitAfterReconsideration, at)),
            ProcessingFee = Add(sum.ProcessingFee, next.ProcessingFee),
        };
    }

    /// <summary>The first report of a sum: its figures with every total made explicit, its notes and waivers dropped.</summary>
    public static Report Start(Report first, Bureau group, string title, SourceSpan at)
    {
        var empty = new NarrativeText(string.Empty, at.File, at.Line, 0);
        var zero = first with
        {
            Bureau = group, Title = title, StandardIntro = false, Intro = null, Overview = empty, ProblemsAndImprovements = empty, OtherMatters = empty,
            SignedOn = null, Waivers = [], Span = at, PreviousYear = null,
            ProactiveDisclosure = Blank(first.ProactiveDisclosure, at),
            Requests = Blank(first.Requests, at),
            Appeals = new Appeals(null, Blank(first.Appeals.Reconsideration, at), Blank(first.Appeals.DirectSuit, at), Blank(first.Appeals.SuitAfterReconsideration, at)),
            ProcessingFee = null,
        };
        return Add(zero, first, at);
    }

    private static Count Add(Count a, Count b, SourceSpan at) =>
        a.Value is null && b.Value is null ? Count.Blank(at) : new Count(checked((a.Value ?? 0) + (b.Value ?? 0)), at);

    private static Money? Add(Money? a, Money? b) =>
        a is null && b is null ? null : new Money((a?.InTenThousandYuan ?? 0m) + (b?.InTenThousandYuan ?? 0m), MoneyUnit.TenThousandYuan);

    private static FigureRow Add(FigureRow a, FigureRow b, SourceSpan at)
    {
        var parts = new Count[a.Parts.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Add(a.Parts[i], b.Parts[i], at);
        }

        var total = a.Total is null && b.Total is null ? Count.Blank(at) : new Count(checked((a.Total ?? 0) + (b.Total ?? 0)), at);
        return new FigureRow(a.Path, parts, total, at);
    }

    private static IReadOnlyList<FigureRow> Add(IReadOnlyList<FigureRow> a, IReadOnlyList<FigureRow> b, SourceSpan at) =>
        [.. a.Zip(b, (x, y) => Add(x, y, at))];

    private static RequestHandling Add(RequestHandling a, RequestHandling b, SourceSpan at) => new(
        null, Add(a.Received, b.Received, at), Add(a.CarriedIn, b.CarriedIn, at), Add(a.Disclosed, b.Disclosed, at),
        Add(a.PartlyDisclosed, b.PartlyDisclosed, at), Add(a.Withheld, b.Withheld, at), Add(a.NotAvailable, b.NotAvailable, at),
        Add(a.NotProcessed, b.NotProcessed, at), Add(a.OtherHandling, b.OtherHandling, at), Add(a.Total, b.Total, at),
        Add(a.CarriedOut, b.CarriedOut, at), TotalStated: true);

    private static ProactiveDisclosure Add(ProactiveDisclosure a, ProactiveDisclosure b, SourceSpan at) => (a, b) switch
    {
        (ProactiveDisclosure2021 x, ProactiveDisclosure2021 y) => new ProactiveDisclosure2021(null,
            Add(x.Rules, y.Rules, at), Add(x.NormativeDocuments, y.NormativeDocuments, at),
            Add(x.Licensing, y.Licensing, at), Add(x.Penalties, y.Penalties, at), Add(x.Enforcement, y.Enforcement, at), Add(x.Fees, y.Fees)),
        (ProactiveDisclosure2019 x, ProactiveDisclosure2019 y) => new ProactiveDisclosure2019(null,
            Add(x.Rules, y.Rules, at), Add(x.NormativeDocuments, y.NormativeDocuments, at),
            Add(x.Licensing, y.Licensing, at), Add(x.OtherPublicServices, y.OtherPublicServices, at), Add(x.Penalties, y.Penalties, at),
            Add(x.Enforcement, y.Enforcement, at), Add(x.Fees, y.Fees, at),
            new Procurement(Add(x.Procurement.Projects, y.Procurement.Projects, at), Add(x.Procurement.Amount, y.Procurement.Amount))),
        _ => throw new ArgumentException("reports of different formats cannot be added", nameof(b)),
    };

    private static DocumentCounts2021 Add(DocumentCounts2021 a, DocumentCounts2021 b, SourceSpan at) =>
        new(Add(a.Issued, b.Issued, at), Add(a.Repealed, b.Repealed, at), Add(a.InForce, b.InForce, at));

    private static DocumentCounts2019 Add(DocumentCounts2019 a, DocumentCounts2019 b, SourceSpan at) =>
        new(Add(a.MadeThisYear, b.MadeThisYear, at), Add(a.PublishedThisYear, b.PublishedThisYear, at), Add(a.PublishedTotal, b.PublishedTotal, at));

    private static ItemCounts Add(ItemCounts a, ItemCounts b, SourceSpan at) =>
        new(Add(a.ItemsLastYear, b.ItemsLastYear, at), Add(a.ItemsChange, b.ItemsChange, at), Add(a.Decisions, b.Decisions, at));

    private static FigureRow Blank(FigureRow row, SourceSpan at) => new(row.Path, [.. row.Parts.Select(_ => Count.Blank(at))], Count.Blank(at), at);

    private static IReadOnlyList<FigureRow> Blank(IReadOnlyList<FigureRow> rows, SourceSpan at) => [.. rows.Select(r => Blank(r, at))];

    private static RequestHandling Blank(RequestHandling r, SourceSpan at) => new(
        null, Blank(r.Received, at), Blank(r.CarriedIn, at), Blank(r.Disclosed, at), Blank(r.PartlyDisclosed, at), Blank(r.Withheld, at),
        Blank(r.NotAvailable, at), Blank(r.NotProcessed, at), Blank(r.OtherHandling, at), Blank(r.Total, at), Blank(r.CarriedOut, at), TotalStated: true);

    private static ProactiveDisclosure Blank(ProactiveDisclosure p, SourceSpan at)
    {
        var c = Count.Blank(at);
        return p switch
        {
            ProactiveDisclosure2021 => new ProactiveDisclosure2021(null, new(c, c, c), new(c, c, c), c, c, c, null),
            _ => new ProactiveDisclosure2019(null, new(c, c, c), new(c, c, c), new(c, c, c), new(c, c, c), new(c, c, c), new(c, c, c), new(c, c, c), new Procurement(c, null)),
        };
    }
}
