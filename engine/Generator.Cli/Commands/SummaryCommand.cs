using Generator.Building;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Summary;

namespace Generator.Cli.Commands;

/// <summary><c>summary</c>: one year across a group of bureaus — the status board, the totals and the workbook.</summary>
internal static class SummaryCommand
{
    internal static readonly HashSet<string> Options = ["data", "templates", "out", "year", "bureaus", "group"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, Options);
        var year = parsed.GetYear("year") ?? throw new UsageException("summary 需要用 --year 指明汇总哪一年度，如 --year 2021。");
        if (parsed.Get("bureaus") is not null && parsed.Get("group") is not null)
        {
            throw new UsageException("--bureaus 和 --group 只能用一个：要么列出单位，要么写分组名。");
        }

        var bureaus = parsed.Get("bureaus") is { } list ? ParseBureaus(list) : null;
        var options = new SummaryOptions(parsed.Get("data") ?? "data", TemplatesOption.Resolve(parsed), parsed.Get("out") ?? "out", year, bureaus, parsed.Get("group"));
        if (OutputPaths.Refuse(options.OutFolder, options.DataFolder, options.TemplatesFolder) is { } why)
        {
            throw new UsageException(why);
        }

        var sources = new SourceTextCache();
        SummaryResult result;
        try
        {
            result = new SummaryRun(options, sources).Run();
        }
        catch (SummaryUsageException e)
        {
            throw new UsageException(e.Message);
        }

        stderr.Write(new DiagnosticFormatter(sources).Format(result.Diagnostics));
        if (result.Bureaus.Count == 0)
        {
            stdout.WriteLine($"{year} 年度没有汇总：{(result.Succeeded ? "汇总范围内没有单位。" : "请先改正上面的错误。")}");
            return result.Succeeded ? CommandLine.Ok : CommandLine.InvalidInput;
        }

        var states = result.Bureaus.GroupBy(b => b.State).OrderBy(g => g.Key).Select(g => $"{g.First().StateText} {g.Count()}");
        stdout.WriteLine($"{year} 年度汇总：共 {result.Bureaus.Count} 个单位（{string.Join("，", states)}），汇总了 {result.Bureaus.Count(b => b.Summed)} 份没有错误的报告；异常 {result.Anomalies.Count} 处。");
        if (result.Files.Count > 0)
        {
            stdout.WriteLine($"已写入 {DisplayPath.Of(result.Folder)}/：{string.Join("、", result.Files.Select(Path.GetFileName))}");
        }

        return result.Succeeded ? CommandLine.Ok : CommandLine.InvalidInput;
    }

    private static List<string> ParseBureaus(string list)
    {
        var ids = list.Split([',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (ids.Count == 0 || ids.FirstOrDefault(id => !DataFolder.IsBureauId(id)) is { } bad && bad.Length > 0)
        {
            throw new UsageException($"--bureaus 应是逗号分隔的单位标识（data/ 下的文件夹名，小写字母、数字和连字符），这里写的是“{list}”。");
        }

        return ids;
    }
}
