using Generator.Building;

namespace Generator.Cli.Progress;

/// <summary>The Chinese words for what happened to a report and its files, shared by the progress line and the change report.</summary>
internal static class OutcomeText
{
    public static string Name(ReportOutcome outcome) => $"{outcome.BureauId} {outcome.Year} 年度";

    public static string Change(FileChange change) => change switch
    {
        FileChange.Added => "新建",
        FileChange.Modified => "修改",
        FileChange.Removed => "删除",
        _ => "未变",
    };

    /// <summary>One line per report: what was written (or would be, in a dry run), skipped or refused.</summary>
    public static string Line(ReportOutcome outcome, bool dryRun)
    {
        var name = Name(outcome);
        switch (outcome.Status)
        {
            case ReportStatus.Failed:
                return $"未生成 {name}（已发布的文件保持不变）";
            case ReportStatus.UpToDate:
                return $"已是最新 {name}：数据、模板和程序都没有变化，跳过";
            case ReportStatus.Draft:
                return $"草稿 {name}：还有待填写的内容，未生成";
        }

        var changed = outcome.Files.Where(f => f.Change != FileChange.Unchanged).ToList();
        if (changed.Count == 0)
        {
            return $"已重新生成 {name}：内容没有变化，文件未改写";
        }

        var verb = dryRun ? "将生成" : "已生成";
        var files = string.Join("、", outcome.Files.Select(f => Path.GetFileName(f.Path) + (f.Change == FileChange.Added ? string.Empty : $"（{Change(f.Change)}）")));
        return $"{verb} {name}：{files}";
    }
}
