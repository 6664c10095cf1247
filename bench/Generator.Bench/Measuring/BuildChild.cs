using System.Diagnostics;
using System.Globalization;
using Generator.Building;
using Generator.Diagnostics;

namespace Generator.Bench.Measuring;

/// <summary>
/// The hidden subcommand <c>__build</c>: one build, in process, exactly as the figures mean it,
/// then one result line for the parent. Run in a fresh process per measurement so that start-up cost
/// and peak memory belong to that measurement alone.
/// </summary>
internal static class BuildChild
{
    public const string Command = "__build";

    public const string ResultPrefix = "BENCH-RESULT";

    /// <summary>Arguments: data folder, templates folder, out folder, comma-separated formats.</summary>
    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count != 4)
        {
            Console.Error.WriteLine($"usage: {Command} <data> <templates> <out> <formats>");
            return 2;
        }

        var options = new BuildOptions(args[0], args[1], args[2], Formats: args[3].Split(','));
        var watch = Stopwatch.StartNew();
        var result = new ReportBuilder(new SourceTextCache()).Build(options);
        watch.Stop();
        var errors = result.Diagnostics.Count(d => d.IsError);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ResultPrefix} reports={result.Reports.Count} failed={result.Failed} errors={errors} seconds={watch.Elapsed.TotalSeconds:R} peak_kb={PeakKilobytes()}"));
        return result.Succeeded ? 0 : 1;
    }

    /// <summary>VmHWM, the peak resident set of this process, from /proc (Linux); -1 where unavailable.</summary>
    public static long PeakKilobytes()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return -1;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? -1 : long.Parse(line["VmHWM:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
    }
}
