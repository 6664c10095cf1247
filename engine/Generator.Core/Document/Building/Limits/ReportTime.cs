using Generator.Diagnostics;

namespace Generator.Document.Building.Limits;

/// <summary>
/// The wall-clock budget of one report, from reading its data to the last output format. Every step is
/// linear in input whose size is limited (data file, template steps and output, the markup limits), so
/// this is a backstop: when it runs out, the report stops at the next step with a located error instead
/// of holding up the build. The template keeps its own, shorter limit (it can loop).
/// </summary>
public static class ReportTime
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    /// <summary>GEN0125 at <paramref name="where"/>, the input of the step that was about to start.</summary>
    /// <param name="step">The step, in Chinese (“生成网页、Markdown 和 Word 文件”).</param>
    public static void OutOfTime(DiagnosticBag diagnostics, SourceSpan where, string step) =>
        diagnostics.Error(DiagnosticCode.MarkupLimit, where,
            $"生成这份报告已超过 {Limit.TotalSeconds} 秒，在{step}之前停止",
            "请检查这里的叙述或模板输出是否误粘贴了大段乱码或极长的表格；若电脑当时非常繁忙，可稍后重试。");
}
