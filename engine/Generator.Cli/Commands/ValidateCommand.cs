using Generator.Building;
using Generator.Diagnostics;

namespace Generator.Cli.Commands;

/// <summary>
/// <c>validate</c>: every data check <c>build</c> makes, nothing rendered or written. Text for people
/// (diagnostics on stderr, a summary on stdout) or, with <c>--format json</c>, a JSON array on stdout for machines.
/// </summary>
internal static class ValidateCommand
{
    private static readonly HashSet<string> Options = ["data", "templates", "bureau", "year", "format"];
    private static readonly HashSet<string> Flags = ["fix"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, Options, Flags);
        var json = parsed.Get("format") switch
        {
            null or "text" => false,
            "json" => true,
            var other => throw new UsageException($"validate 的 --format 只能是 text 或 json，这里写的是“{other}”。"),
        };
        var options = new BuildOptions(parsed.Get("data") ?? "data", parsed.Get("templates") ?? "templates", Bureau: parsed.Get("bureau"), Year: parsed.GetYear("year"));

        if (parsed.Has("fix"))
        {
            if (json)
            {
                throw new UsageException("--fix 会改写数据文件并列出改动，不能与 --format json 同用。");
            }

            FixPrinter.Print(ReportBuilder.Fix(options), stdout);
        }

        var sources = new SourceTextCache();
        var result = new ReportBuilder(sources).Validate(options);
        if (json)
        {
            stdout.Write(DiagnosticJson.Format(result.Diagnostics));
        }
        else
        {
            stderr.Write(new DiagnosticFormatter(sources).Format(result.Diagnostics));
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            var warnings = result.Diagnostics.Count(d => d.Severity == Severity.Warning);
            var drafts = result.Drafts > 0 ? $"，另有 {result.Drafts} 份草稿未检查（加 --year 查看）" : string.Empty;
            stdout.WriteLine($"共检查 {result.Checked} 份报告数据，{result.Failed} 份有错误{drafts}；{errors} 个错误，{warnings} 个警告。");
        }

        return result.Succeeded ? CommandLine.Ok : CommandLine.InvalidInput;
    }
}
