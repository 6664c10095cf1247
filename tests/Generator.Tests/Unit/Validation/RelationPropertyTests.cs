using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Generator.Diagnostics;
using Generator.Tests.Schema;
using static Generator.Tests.Unit.Validation.ReportGenerators;

namespace Generator.Tests.Unit.Validation;

/// <summary>
/// Property tests of the relation checker through the whole path: a generated report is written as
/// YAML, read by the real reader and checked by <see cref="Generator.Validation.RelationChecker"/>.
/// (a) A consistent report, in either format, gives no diagnostic at all and is valid against its schema.
/// (b) Changing any single figure that a relation ties to others, by a nonzero amount, gives a relation error.
/// </summary>
public sealed class RelationPropertyTests
{
    private const int Cases = 300;

    private static readonly string[] RelationCodes =
        [DiagnosticCode.RelationR1.Id, DiagnosticCode.RelationR2.Id, DiagnosticCode.RelationR3.Id, DiagnosticCode.RelationR4.Id];

    [Property(MaxTest = Cases)]
    public Property A_consistent_2019_format_report_reads_without_any_diagnostic() => ConsistentReportsPass("2019");

    [Property(MaxTest = Cases)]
    public Property A_consistent_2021_format_report_reads_without_any_diagnostic() => ConsistentReportsPass("2021");

    /// <summary>
    /// Every figure of table 2 is in R1 (through a stated or derived total) and, with its row total
    /// stated, in R3; a table 3 figure is tied to the others only when the group's total is stated (R4).
    /// Rows with some blank cells are left out: there a part may legitimately be smaller than the total says.
    /// </summary>
    [Property(MaxTest = Cases)]
    public Property Changing_one_related_figure_breaks_a_relation() =>
        Prop.ForAll(OneFigureChanged.ToArbitrary(), change =>
        {
            var (_, diagnostics) = ReaderRun.Report(change.Report.Yaml(), checkRelations: true);
            Assert.True(ReaderRun.InputErrors(diagnostics).Count == 0, Describe(change.Report, diagnostics));
            Assert.True(diagnostics.Items.Any(d => d.IsError && RelationCodes.Contains(d.Code)),
                $"{change.What} was not caught by any relation.\n{Describe(change.Report, diagnostics)}");
        });

    /// <summary>R5: 上一年项目数量 + 本年增/减 below 0, in any row of the 2019 table 1, is an error.</summary>
    [Property(MaxTest = 100)]
    public Property Items_falling_below_zero_break_R5() =>
        Prop.ForAll(ItemsBelowZero.ToArbitrary(), report =>
        {
            var (_, diagnostics) = ReaderRun.Report(report.Yaml(), checkRelations: true);
            Assert.True(diagnostics.Items.Any(d => d.IsError && d.Code == DiagnosticCode.RelationR5.Id), Describe(report, diagnostics));
        });

    private static Property ConsistentReportsPass(string format) =>
        Prop.ForAll(Consistent(format, GeneratedTable2Style.Full, GeneratedTable2Style.TotalsOnly, GeneratedTable2Style.BlanksWithStatedTotals).ToArbitrary(), report =>
        {
            var yaml = report.Yaml();
            var (read, diagnostics) = ReaderRun.Report(yaml, checkRelations: true);
            Assert.True(read is not null && diagnostics.Items.Count == 0, Describe(report, diagnostics));
            Assert.Equal(format, read.Format == Generator.Data.ReportFormat.Format2019 ? "2019" : "2021");

            var errors = SchemaFiles.Errors(SchemaFiles.ForFormat(format), yaml);
            Assert.True(errors.Count == 0, $"{string.Join('\n', errors)}\n{yaml}");
        });

    private static Gen<(GeneratedReport Report, string What)> OneFigureChanged { get; } =
        from format in Gen.Elements("2019", "2021")
        from report in Consistent(format, GeneratedTable2Style.Full, GeneratedTable2Style.TotalsOnly)
        let related = report.Table2.Concat(report.Table3.Where(r => r.StatedTotal is not null))
            .SelectMany(row => row.FilledPositions.Select(position => (Row: row, Position: position)))
            .ToArray()
        from target in Gen.Elements(related)
        from delta in Gen.Choose(1, 20)
        from down in Gen.Elements(true, false)
        let old = target.Row[target.Position]!.Value
        let value = down && old >= delta ? old - delta : old + delta
        select (report.Replace(target.Row, target.Row.With(target.Position, value)),
            $"{target.Row.Path}[{(target.Position == target.Row.Parts.Count ? "总计" : target.Position + 1)}] changed from {old} to {value}");

    private static Gen<GeneratedReport> ItemsBelowZero { get; } =
        from report in Consistent("2019", GeneratedTable2Style.Full)
        from row in Gen.Elements(report.Table1.Where(r => r["items_change"] is not null).ToArray())
        from below in Gen.Choose(1, 20)
        select report.Replace(row, row.With("items_change", (-int.Parse(row["items_last_year"]!, System.Globalization.CultureInfo.InvariantCulture) - below)
            .ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static string Describe(GeneratedReport report, DiagnosticBag diagnostics) =>
        string.Join('\n', diagnostics.Items.Select(d => $"{d.Span.Line}: {d.Code} {d.Message}")) + "\n" + report.Yaml();
}
