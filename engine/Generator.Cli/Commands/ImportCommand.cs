using Generator.Cli.Progress;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Import;

namespace Generator.Cli.Commands;

/// <summary><c>import</c>: published reports (web page, Word, PDF, Markdown) into data files, then their checks and a closing table.</summary>
internal static class ImportCommand
{
    internal static readonly HashSet<string> Options = ["data", "bureau", "templates"];
    internal static readonly HashSet<string> Flags = ["force", "as-published"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (inputs, rest) = Split(args);
        var parsed = Arguments.Parse(rest, Options, Flags);
        if (inputs.Count == 0)
        {
            throw new UsageException("import 需要至少一个要导入的文件或文件夹，如 import 2020年报告.html，或 import 往年报告/。");
        }

        var bureau = parsed.Get("bureau");
        if (bureau is not null && !DataFolder.IsBureauId(bureau))
        {
            throw new UsageException($"单位标识“{bureau}”只能用小写英文字母、数字和连字符，如 jiyuan、changle，"
                + "且不能是 Windows 保留的设备名（con、nul、aux、prn、com1–com9、lpt1–lpt9）。");
        }

        var options = new ImportOptions(inputs, parsed.Get("data") ?? "data", bureau, parsed.Has("force"), parsed.Has("as-published"),
            TemplatesFolder: TemplatesOption.Resolve(parsed));
        var sources = new SourceTextCache();
        var importer = new Importer(sources);
        var result = LiveProgress.Wanted(stdout)
            ? ImportProgress.Live(progress => importer.Import(options, progress))
            : importer.Import(options, new ImportProgress(stdout));
        var diagnostics = result.Files.SelectMany(f => f.AllDiagnostics).ToList();
        stderr.Write(new DiagnosticFormatter(sources).Format(diagnostics));
        ImportSummary.Write(stdout, result);
        return result.Succeeded ? CommandLine.Ok : CommandLine.InvalidInput;
    }

    /// <summary>The files and folders to import (arguments not starting with --) apart from the options and their values.</summary>
    private static (List<string> Inputs, string[] Options) Split(string[] args)
    {
        var inputs = new List<string>();
        var options = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                inputs.Add(args[i]);
                continue;
            }

            options.Add(args[i]);
            var name = args[i][2..];
            if (Options.Contains(name) && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                options.Add(args[++i]);
            }
        }

        return (inputs, [.. options]);
    }
}
