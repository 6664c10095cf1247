using Generator.Building;
using Generator.Diagnostics;
using Generator.Document;

namespace Generator.Cli.Commands;

/// <summary><c>dump</c>: print the document model of the selected reports with source spans, for bug reports and template work.</summary>
internal static class DumpCommand
{
    internal static readonly HashSet<string> Options = ["data", "templates", "bureau", "year"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, Options);
        var options = new BuildOptions(parsed.Get("data") ?? "data", TemplatesOption.Resolve(parsed), Bureau: parsed.Get("bureau"), Year: parsed.GetYear("year"));
        var sources = new SourceTextCache();
        var diagnostics = new DiagnosticBag();
        foreach (var (source, document) in new ReportBuilder(sources).Documents(options, diagnostics))
        {
            if (document is not null)
            {
                stdout.WriteLine($"== {source.BureauId} {source.Year}");
                stdout.Write(DocumentDump.Of(document));
            }
        }

        stderr.Write(new DiagnosticFormatter(sources).Format(diagnostics.Items));
        return diagnostics.HasErrors ? CommandLine.InvalidInput : CommandLine.Ok;
    }
}
