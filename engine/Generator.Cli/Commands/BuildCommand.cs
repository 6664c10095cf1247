using Generator.Building;
using Generator.Diagnostics;

namespace Generator.Cli.Commands;

/// <summary><c>build</c>: generate reports, print every diagnostic, then a one-line summary.</summary>
internal static class BuildCommand
{
    private static readonly HashSet<string> Options = ["data", "templates", "out", "bureau", "year", "format", "soffice"];
    private static readonly HashSet<string> Flags = ["pdf"];

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

        var options = new BuildOptions(
            parsed.Get("data") ?? "data",
            parsed.Get("templates") ?? "templates",
            parsed.Get("out") ?? "out",
            parsed.Get("bureau"),
            parsed.GetYear("year"),
            formats,
            Pdf: parsed.Has("pdf"),
            Office: parsed.Get("soffice"));

        var sources = new SourceTextCache();
        var result = new ReportBuilder(sources).Build(options);
        var formatter = new DiagnosticFormatter(sources);
        stderr.Write(formatter.Format(result.Diagnostics));

        foreach (var report in result.Reports)
        {
            stdout.WriteLine($"已生成 {report.BureauId} {report.Year} 年度：{string.Join("、", report.Files.Select(Path.GetFileName))}");
        }

        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
        stdout.WriteLine($"共生成 {result.Reports.Count} 份报告，{result.Failed} 份未生成；{errors} 个错误，{warnings} 个警告。");
        return result.Succeeded ? CommandLine.Ok : CommandLine.InvalidInput;
    }

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
