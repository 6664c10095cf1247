using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Validation;

/// <summary>
/// Turns a broken relation into a diagnostic, unless a waiver names its row: then it is reported as
/// info (GEN0210), never hidden. Remembers which waivers were used so the unused ones can be named.
/// Shared by the within-year and the cross-year checks, so one waiver list covers both.
/// </summary>
/// <param name="file">The year file as shown in messages: where a waiver for this report is written.</param>
internal sealed class WaiverLedger(IReadOnlyList<Waiver> waivers, DiagnosticBag diagnostics, string file)
{
    private readonly HashSet<Waiver> _used = [];

    /// <param name="at">The row in the data file, as a waiver names it (<c>requests.carried_in</c>).</param>
    /// <param name="hint">How to put the figures right; the waiver entry that would keep them as published is added to it.</param>
    public void Violation(Severity severity, DiagnosticCode code, string at, string relation, SourceSpan span, string message, string hint)
    {
        var waiver = waivers.FirstOrDefault(w => w.At == at && (w.Relation is null || w.Relation == relation));
        if (waiver is null)
        {
            diagnostics.Add(new Diagnostic(severity, code.Id, span, message, hint + "\n" + EntryToCopy(at, relation)));
            return;
        }

        _used.Add(waiver);
        diagnostics.Info(DiagnosticCode.WaiverApplied, span, $"{message}；按说明照录已发布数字：{waiver.Reason}");
    }

    /// <summary>
    /// The waiver entry to copy when the published report really says so: never “delete the figure”, which
    /// would silently replace what was published. Two lines, so that a file without waivers gets the key too.
    /// </summary>
    private string EntryToCopy(string at, string relation) =>
        $"若已发布的报告原文如此、要照录，请不要改数字，而在 {file} 末尾加上这两行（已有 waivers: 的只加第二行）：\n"
        + "waivers:\n"
        + $"  - {{ at: {at}, relation: {relation}, reason: 已发布报告原文如此，照录 }}";

    public void ReportUnused()
    {
        foreach (var waiver in waivers.Where(w => !_used.Contains(w)))
        {
            diagnostics.Warning(DiagnosticCode.WaiverUnused, waiver.Span,
                $"waivers 中针对 {waiver.At} 的说明没有用上：这一行的数字符合勾稽关系{(waiver.Relation is null ? string.Empty : " " + waiver.Relation)}",
                "请检查 at 是否写对，或删除这条说明。跨年度核对（C1–C3、N2）只在上一年度的文件存在时进行。");
        }
    }
}
