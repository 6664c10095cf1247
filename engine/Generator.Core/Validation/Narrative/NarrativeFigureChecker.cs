using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Validation;

/// <summary>
/// N1 (spec §5, plausibility): a figure the narrative quotes in one of the report's set phrases
/// (“新收政府信息公开申请10件”, “行政复议2件”, “行政处罚3945件”…) must be the table's figure. Published
/// reports do contradict their own tables (seed 003), and a reader notices. Only these exact phrases
/// are read, so a sentence that merely mentions a number is never taken for one; a warning, which a
/// waiver on the narrative (<c>at: overview</c>, <c>relation: N1</c>) turns into info.
/// </summary>
internal static partial class NarrativeFigureChecker
{
    public static void Check(Report report, WaiverLedger waivers)
    {
        var phrases = Phrases(report).ToList();
        foreach (var (key, text) in report.NarrativeFields())
        {
            foreach (var (pattern, what, expected) in phrases)
            {
                foreach (Match match in pattern.Matches(text.Markdown))
                {
                    var quoted = long.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
                    if (expected is not { } figure || quoted == figure)
                    {
                        continue;
                    }

                    var before = text.Markdown.AsSpan(0, match.Groups["n"].Index);
                    var line = before.Count('\n');
                    var column = before.Length - (before.LastIndexOf('\n') + 1);
                    waivers.Violation(Severity.Warning, DiagnosticCode.NarrativeFigureMismatch, key, RelationIds.N1, text.SpanOf(line, column),
                        $"叙述中写“{match.Value}”，但{what}为 {figure}",
                        $"请核对叙述和表格，改正其中写错的一处；若照录已发布报告的原文，请在 waivers 中写明理由（at: {key}，relation: N1）。");
                }
            }
        }
    }

    /// <summary>Each set phrase, what it names in the table, and the table's figure (null when blank or not in this format).</summary>
    private static IEnumerable<(Regex Pattern, string What, long? Figure)> Phrases(Report report)
    {
        var r = report.Requests;
        var a = report.Appeals;
        yield return (Received(), "表2“一、本年新收政府信息公开申请数量”的总计", Valid(r.Received));
        yield return (CarriedIn(), "表2“二、上年结转政府信息公开申请数量”的总计", Valid(r.CarriedIn));
        yield return (CarriedOut(), "表2“四、结转下年度继续办理”的总计", Valid(r.CarriedOut));
        yield return (Reconsideration(), "表3 行政复议的总计", Valid(a.Reconsideration));
        yield return (Lawsuits(), "表3 行政诉讼（未经复议直接起诉与复议后起诉）的总计",
            Valid(a.DirectSuit) is { } direct && Valid(a.SuitAfterReconsideration) is { } after ? direct + after : null);
        var (licensing, penalties, enforcement) = report.ProactiveDisclosure switch
        {
            ProactiveDisclosure2019 p => (p.Licensing.Decisions, p.Penalties.Decisions, p.Enforcement.Decisions),
            ProactiveDisclosure2021 p => (p.Licensing, p.Penalties, p.Enforcement),
            _ => (Count.Blank(SourceSpan.None), Count.Blank(SourceSpan.None), Count.Blank(SourceSpan.None)),
        };
        yield return (Licensing(), "表1 行政许可的处理决定数量", licensing.Invalid ? null : licensing.Value);
        yield return (Penalties(), "表1 行政处罚的处理决定数量", penalties.Invalid ? null : penalties.Value);
        yield return (Enforcement(), "表1 行政强制的处理决定数量", enforcement.Invalid ? null : enforcement.Value);
    }

    private static long? Valid(FigureRow row) => row.IsValid ? row.Total : null;

    // The phrases end at the figure and 件; nothing may stand between the words and the number,
    // so “其中网上提交4件” or “同比增加5件” never count.
    [GeneratedRegex("(?:新收|收到)(?:政府信息公开)?申请(?<n>[0-9]+)件")]
    private static partial Regex Received();

    [GeneratedRegex("上年结转(?:政府信息公开申请)?(?<n>[0-9]+)件")]
    private static partial Regex CarriedIn();

    [GeneratedRegex("结转下年度(?:继续办理)?(?<n>[0-9]+)件")]
    private static partial Regex CarriedOut();

    [GeneratedRegex("行政复议(?<n>[0-9]+)件")]
    private static partial Regex Reconsideration();

    [GeneratedRegex("行政诉讼(?<n>[0-9]+)件")]
    private static partial Regex Lawsuits();

    [GeneratedRegex("行政许可(?:处理)?(?:决定)?(?<n>[0-9]+)件")]
    private static partial Regex Licensing();

    [GeneratedRegex("行政处罚(?:处理)?(?:决定)?(?<n>[0-9]+)件")]
    private static partial Regex Penalties();

    [GeneratedRegex("行政强制(?:处理)?(?:决定)?(?<n>[0-9]+)件")]
    private static partial Regex Enforcement();
}
