using System.Globalization;
using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Validation.Narrative;

/// <summary>
/// N1 (spec §5, plausibility): a figure the narrative quotes (“新收政府信息公开申请10件”, “行政复议2起”,
/// “收费972.4015万元”…) must be the table's figure. Published reports do contradict their own tables
/// (seed 003), and reviewers find it more than any other fault. A confident reading that disagrees, or
/// quotes a cell the table leaves blank, is a warning (GEN0231) that a waiver on the narrative
/// (<c>at: overview</c>, <c>relation: N1</c>) turns into info; a reading that is only likely (受理, 约40件,
/// other words in between) is an info (GEN0232). Numbers that count something else (“其中网上提交4件”,
/// “同比增加5件”, “15个工作日”) are not read at all.
/// </summary>
internal static class NarrativeFigureChecker
{
    public static void Check(Report report, WaiverLedger waivers, DiagnosticBag diagnostics)
    {
        List<Token> tokens = [];
        List<FigureMention> mentions = [];
        List<TableFigure> candidates = [];
        TableFigures? figures = null;
        foreach (var (key, text) in report.NarrativeFields())
        {
            tokens.Clear();
            mentions.Clear();
            ClauseScanner.Scan(text.Markdown, tokens);
            new MentionFinder(text.Markdown, report.Year, tokens).Find(mentions);
            var lines = new LineCounter(text.Markdown);
            foreach (var mention in mentions)
            {
                // Built on first use: a narrative that quotes no figure needs none.
                figures ??= new TableFigures(report, diagnostics.Items.Any(d => d.IsError && d.Code == DiagnosticCode.InvalidMoney.Id));
                candidates.Clear();
                figures.Candidates(mention, candidates);
                Compare(key, text, mention, candidates, waivers, diagnostics, ref lines);
            }
        }
    }

    private static void Compare(string key, NarrativeText text, FigureMention mention, List<TableFigure> candidates, WaiverLedger waivers, DiagnosticBag diagnostics, ref LineCounter lines)
    {
        candidates.RemoveAll(c => c.State == FigureState.Invalid);
        var quoted = mention.Number.Value;
        if (candidates.Count == 0 || candidates.Exists(c => c.Value == quoted))
        {
            return;
        }

        var doubt = mention.Doubt;
        if (doubt == Doubt.None && candidates[0] is { State: FigureState.PartlyBlank })
        {
            doubt = Doubt.PartlyBlank;
        }
        else if (doubt == Doubt.None && mention.Number.IsMoney && Rounds(candidates[0].Value, mention.Number))
        {
            doubt = Doubt.Rounded;
        }

        var (line, column) = lines.At(mention.Number.Start);
        var span = text.SpanOf(line, column);
        var said = $"叙述中写“{Fragment(text.Markdown, mention)}”{Conversion(mention.Number)}";
        if (doubt == Doubt.None && candidates.Count == 1)
        {
            var figure = candidates[0];
            if (figure.State == FigureState.Blank)
            {
                waivers.Violation(Severity.Warning, DiagnosticCode.NarrativeFigureMismatch, key, RelationIds.N1, span,
                    $"{said}，但{figure.Name}留空（未填报），而叙述说是 {Print(quoted)}{(mention.Number.IsMoney ? "万元" : string.Empty)}",
                    "空白表示未填报，不等于 0：表格漏填的，请填上；叙述写错的，请改正。");
            }
            else
            {
                waivers.Violation(Severity.Warning, DiagnosticCode.NarrativeFigureMismatch, key, RelationIds.N1, span,
                    $"{said}，但{figure.Name}为 {figure.Display}",
                    "请核对叙述和表格，改正写错的一处。");
            }

            return;
        }

        var which = string.Join("、", candidates.Select(c => c.State == FigureState.Blank ? $"{c.Name}（留空）" : $"{c.Name}（{c.Display}）"));
        diagnostics.Info(DiagnosticCode.NarrativeFigureUnsure, span,
            $"{said}，与{which}{(candidates.Count > 1 ? "都" : string.Empty)}不一致；但{DoubtText.Of(doubt, mention.Detail)}，不能确定说的是同一个数",
            "请核对：叙述说的若正是该项，请改正写错的一处；若说的是别的数，可不理会此提示。");
    }

    /// <summary>972.4万元 for a table's 972.4015: fewer decimals, and the table's amount rounds half up to them.</summary>
    private static bool Rounds(decimal? table, QuotedNumber quoted) =>
        table is { } value && quoted.Value.Scale < value.Scale
        && Math.Round(value, quoted.Value.Scale, MidpointRounding.AwayFromZero) == quoted.Value;

    /// <summary>The words quoted in the message: from the first keyword to the unit, on one line, shortened when long.</summary>
    private static string Fragment(string markdown, FigureMention mention)
    {
        const int MaxLength = 40;
        var start = Math.Max(mention.FragmentStart, mention.Number.End - MaxLength);
        var fragment = markdown[start..mention.Number.End].Replace('\n', ' ').Trim();
        return start > mention.FragmentStart ? "…" + fragment : fragment;
    }

    /// <summary>The value read, when the text does not show it as printed: 三件 (3), 1,200件 (1200), 9724015元 (972.4015万元).</summary>
    private static string Conversion(QuotedNumber number) =>
        number.Plain ? string.Empty
        : number.IsMoney ? $"（合 {Print(number.Value)}万元）"
        : $"（即 {Print(number.Value)}）";

    private static string Print(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
