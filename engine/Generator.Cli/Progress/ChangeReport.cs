using Generator.Building;

namespace Generator.Cli.Progress;

/// <summary>
/// After a build: which reports changed, format by format, so whoever publishes knows what to upload
/// (or, in a dry run, what a build would change); with <c>--diff</c>, the Markdown diff of each.
/// </summary>
internal static class ChangeReport
{
    public static void Write(TextWriter stdout, BuildResult result, bool dryRun, bool diff)
    {
        var changed = result.Outcomes.Where(o => o.Status == ReportStatus.Built && o.Changed).ToList();
        if (changed.Count == 0)
        {
            stdout.WriteLine(dryRun ? "预演：没有报告会发生变化。" : "没有报告发生变化。");
            return;
        }

        stdout.WriteLine(dryRun ? $"预演（没有写入任何文件）：{changed.Count} 份报告将会变化，按格式：" : $"有变化的报告 {changed.Count} 份，按格式：");
        foreach (var format in changed.SelectMany(o => o.Files).Select(f => f.Format).Distinct(StringComparer.Ordinal))
        {
            var reports = changed
                .Select(o => (Outcome: o, File: o.Files.FirstOrDefault(f => f.Format == format && f.Change != FileChange.Unchanged)))
                .Where(r => r.File is not null)
                .Select(r => $"{r.Outcome.BureauId} {r.Outcome.Year}（{OutcomeText.Change(r.File!.Change)}）")
                .ToList();
            if (reports.Count > 0)
            {
                stdout.WriteLine($"  {format}（{reports.Count} 份）：{string.Join("、", reports)}");
            }
        }

        if (!diff)
        {
            return;
        }

        foreach (var outcome in changed)
        {
            var markdown = outcome.Files.FirstOrDefault(f => f.Format == "md");
            stdout.Write(outcome.MarkdownDiff ?? (markdown is null
                ? $"（{OutcomeText.Name(outcome)}：本次没有生成 Markdown，无法显示文字差异）\n"
                : $"（{OutcomeText.Name(outcome)}：文字没有变化，变化只在其他格式的版式）\n"));
        }
    }
}
