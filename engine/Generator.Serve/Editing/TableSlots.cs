using System.Globalization;
using Generator.Data;
using Generator.Templating.Functions;

namespace Generator.Serve.Editing;

/// <summary>
/// The figure cells of the three official tables, row by row as the forms print them (spec: official-format.md),
/// each with the scalar of the year file it comes from. Built from the report as the data reader read it, so
/// the spans are the reader's own: no second reading of the YAML.
/// </summary>
internal static class TableSlots
{
    private const string ComputedTotal = "总计由程序把这一行的各项相加得出，数据文件中没有这个数：请修改这一行的各项。";
    private const string FormBlank = "这一格在官方表格中不填。";
    private const string BlankMoney = "金额在数据文件中是空白的（没有写出数字和单位）：请在编辑器中填写，例如 { amount: 12.5, unit: 万元 }。";

    /// <summary>Table number (1–3) → its rows of figures, in the form's order.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<IReadOnlyList<CellSlot>>> Of(Report report) => new Dictionary<int, IReadOnlyList<IReadOnlyList<CellSlot>>>
    {
        [1] = Number(1, report.ProactiveDisclosure switch
        {
            ProactiveDisclosure2021 p => Table1(p),
            ProactiveDisclosure2019 p => Table1(p),
            _ => [],
        }),
        [2] = Number(2, Table2(report.Requests)),
        [3] = Number(3, [[.. report.Appeals.Groups.SelectMany(Row)]]),
    };

    private static List<List<Pending>> Table1(ProactiveDisclosure2021 p) =>
    [
        [Count(p.Rules.Issued), Count(p.Rules.Repealed), Count(p.Rules.InForce)],
        [Count(p.NormativeDocuments.Issued), Count(p.NormativeDocuments.Repealed), Count(p.NormativeDocuments.InForce)],
        [Count(p.Licensing)],
        [Count(p.Penalties)],
        [Count(p.Enforcement)],
        [Money(p.Fees, ReportFunctions.Wan(p.Fees))],
    ];

    private static List<List<Pending>> Table1(ProactiveDisclosure2019 p) =>
    [
        .. new[] { p.Rules, p.NormativeDocuments }.Select(d => new List<Pending> { Count(d.MadeThisYear), Count(d.PublishedThisYear), Count(d.PublishedTotal) }),
        .. new[] { p.Licensing, p.OtherPublicServices, p.Penalties, p.Enforcement }.Select(i => new List<Pending> { Count(i.ItemsLastYear), Count(i.ItemsChange), Count(i.Decisions) }),
        [Count(p.Fees.ItemsLastYear), Count(p.Fees.ItemsChange), new(SlotKind.NotWritten, default, string.Empty, FormBlank)],
        [Count(p.Procurement.Projects), Money(p.Procurement.Amount, ReportFunctions.Money(p.Procurement.Amount)), new(SlotKind.NotWritten, default, string.Empty, FormBlank)],
    ];

    /// <summary>Table 2: every row with its 总计; （七）总计 is computed as a whole when the file does not state it.</summary>
    private static List<List<Pending>> Table2(RequestHandling r) =>
        [.. r.LabelledRows().Select(row => row.Row == r.Total && !r.TotalStated
            ? Enumerable.Repeat(new Pending(SlotKind.Computed, default, string.Empty, "（七）总计由程序把三、本年度办理结果的各项相加得出，数据文件中没有这一行：请修改各项。"), row.Row.Parts.Count + 1)
                .Select((c, i) => c with { Text = Text(row.Row.Cells[i]) }).ToList()
            : Row(row.Row))];

    private static List<Pending> Row(FigureRow row) =>
    [
        .. row.Parts.Select(Count),
        row.StatedTotal is { } stated
            ? new Pending(SlotKind.StatedTotal, stated.Span, stated.ToString(), null)
            : new Pending(SlotKind.Computed, default, Text(row.Total), ComputedTotal),
    ];

    private static Pending Count(Count count) => new(SlotKind.Count, count.Span, count.ToString(), null);

    private static Pending Money(Money? money, string text) => money is { AmountSpan.HasPosition: true }
        ? new Pending(SlotKind.Money, money.AmountSpan, text, null, money.UnitText)
        : new Pending(SlotKind.NotWritten, default, text, BlankMoney);

    private static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static IReadOnlyList<IReadOnlyList<CellSlot>> Number(int table, List<List<Pending>> rows) =>
        [.. rows.Select((row, r) => (IReadOnlyList<CellSlot>)[.. row.Select((c, i) => new CellSlot($"t{table}-r{r}-c{i}", c.Kind, c.Span, c.Text, c.Reason, c.Unit))])];

    private sealed record Pending(SlotKind Kind, Generator.Diagnostics.SourceSpan Span, string Text, string? Reason, string? Unit = null);
}
