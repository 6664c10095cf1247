using Generator.Building;
using Generator.Cli.Progress;
using Generator.Diagnostics;

namespace Generator.Cli.Commands;

/// <summary><c>build</c>: generate reports, print every diagnostic, then a one-line summary.</summary>
internal static class BuildCommand
{
    private static readonly HashSet<string> Options = ["data", "templates", "out", "bureau", "year", "format", "soffice", "wait"];
    private static readonly HashSet<string> Flags = ["pdf", "force", "dry-run", "diff"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, Options, Flags);
        var formats = ParseFormats(parsed.Get("format"));
        if (parsed.Get("soffice") is not null && !parsed.Has("pdf"))
        {
            throw new UsageException("--soffice 只在生成 PDF 时使用，请同时写 --pdf。");
        }

        if (parsed.Has("pdf") && formats is not null && !formats.Contains("docx"))
        {
            throw new UsageException("--pdf 由 Word 文件转换而来，--format 中需要包含 docx。");
        }

        if (parsed.Has("pdf") && parsed.Has("dry-run"))
        {
            throw new UsageException("--dry-run 不写入任何文件，不能同时生成 PDF（--pdf）。");
        }

        var options = new BuildOptions(
            parsed.Get("data") ?? "data",
            parsed.Get("templates") ?? "templates",
            parsed.Get("out") ?? "out",
            parsed.Get("bureau"),
            parsed.GetYear("year"),
            formats,
            Pdf: parsed.Has("pdf"),
            Office: parsed.Get("soffice"),
            Force: parsed.Has("force"),
            DryRun: parsed.Has("dry-run"),
            Diff: parsed.Has("diff"),
            LockWait: ParseWait(parsed.Get("wait")));

        if (OutputPaths.Refuse(options.OutFolder, options.DataFolder, options.TemplatesFolder) is { } why)
        {
            throw new UsageException(why);
        }

        var sources = new SourceTextCache();
        var builder = new ReportBuilder(sources);
        var result = LiveProgress.Wanted(stdout)
            ? LiveProgress.Run(progress => builder.Build(options, progress))
            : builder.Build(options, new PlainProgress(stdout, options.DryRun));
        stderr.Write(new DiagnosticFormatter(sources).Format(result.Diagnostics));

        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        var built = options.DryRun ? "将生成" : "生成";
        var drafts = result.Drafts > 0 ? $"，{result.Drafts} 份草稿未生成" : string.Empty;
        stdout.WriteLine($"共 {result.Outcomes.Count} 份报告：{built} {result.Built} 份，{result.UpToDate} 份已是最新（跳过），{result.Failed} 份未生成{drafts}；"
            + $"{errors} 个错误，{warnings} 个警告；用时 {result.Elapsed.TotalSeconds:0.00} 秒。");
        ChangeReport.Write(stdout, result, options.DryRun, options.Diff);
        return result.Succeeded ? CommandLine.Ok : CommandLine.InvalidInput;
    }

    private static TimeSpan? ParseWait(string? text) =>
        text is null ? null
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds <= 86_400
            ? TimeSpan.FromSeconds(seconds)
            : throw new UsageException($"--wait 应是等待的秒数（0 到 86400 的整数），这里写的是“{text}”。");

    private static string[]? ParseFormats(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var known = ReportBuilder.AllWriters.Select(w => w.FormatName).ToHashSet(StringComparer.Ordinal);
        var unknown = names.Where(n => !known.Contains(n)).ToList();
        if (names.Length == 0 || unknown.Count > 0)
        {
            throw new UsageException($"未知的输出格式“{string.Join(",", unknown)}”。可用的格式：{string.Join("、", known.Order(StringComparer.Ordinal))}。");
        }

        return names;
    }
}
