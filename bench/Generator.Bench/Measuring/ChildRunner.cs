using System.Diagnostics;
using System.Globalization;

namespace Generator.Bench.Measuring;

/// <summary>Starts a build engine (this benchmark's program, JIT or native) with the hidden subcommand and reads its result line.</summary>
internal static class ChildRunner
{
    public static RunResult Build(BuildEngine engine, string data, string templates, string outFolder, IReadOnlyList<string> formats)
    {
        var start = engine.StartInfo([BuildChild.Command, data, templates, outFolder, string.Join(',', formats)]);

        WrittenData.Flush();
        var watch = Stopwatch.StartNew();
        var (exitCode, stdout, stderr) = ProcessOutput.Run(start);
        watch.Stop();
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith(BuildChild.ResultPrefix, StringComparison.Ordinal));
        if (exitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"the build child failed (exit {exitCode}):\n{stdout}\n{stderr}");
        }

        var fields = line[BuildChild.ResultPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]);
        var peak = long.Parse(fields["peak_kb"], CultureInfo.InvariantCulture);
        return new RunResult(
            int.Parse(fields["reports"], CultureInfo.InvariantCulture),
            double.Parse(fields["seconds"], CultureInfo.InvariantCulture),
            watch.Elapsed.TotalSeconds,
            peak < 0 ? null : peak / 1024.0);
    }
}
