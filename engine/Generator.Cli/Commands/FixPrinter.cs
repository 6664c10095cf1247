using Generator.Fixing;

namespace Generator.Cli.Commands;

/// <summary>Prints what <c>validate --fix</c> changed, line by line, and which files it left alone and why.</summary>
internal static class FixPrinter
{
    public static void Print(IReadOnlyList<FileFix> fixes, TextWriter stdout)
    {
        if (fixes.Count == 0)
        {
            stdout.WriteLine("没有可以自动改正的地方。");
            return;
        }

        foreach (var fix in fixes)
        {
            stdout.WriteLine(fix.Written
                ? $"已改正 {fix.File}（{fix.Edits.Count} 处）："
                : $"未改动 {fix.File}：它还有 {fix.Blocking.Count} 个不能自动改正的错误（见下文），请先改正它们再运行 --fix。可以自动改正的 {fix.Edits.Count} 处是：");
            foreach (var edit in fix.Edits)
            {
                stdout.WriteLine($"  第 {edit.Line} 行第 {edit.Column} 列：{edit.Description}");
            }
        }
    }
}
