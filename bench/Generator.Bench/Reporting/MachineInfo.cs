using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Generator.Bench.Reporting;

/// <summary>What the figures were measured on; read from /proc and /etc where present (Linux), else from the runtime.</summary>
internal sealed record MachineInfo(int Processors, string Cpu, string Memory, string OperatingSystem, string Runtime, string Sdk, string Commit, string LoadAtStart)
{
    public static MachineInfo Collect() => new(
        Environment.ProcessorCount,
        FirstValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        FirstValue("/proc/meminfo", "MemTotal") is { } total && long.TryParse(total.Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), out var kb)
            ? string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0 / 1024.0:0.0} GiB")
            : "unknown",
        PrettyName() ?? RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        Output("dotnet", "--version") ?? "unknown",
        Output("git", "-C", RepositoryPaths.Root() ?? ".", "log", "-1", "--format=%h (%cs)") ?? "unknown",
        CurrentLoad());

    /// <summary>The 1, 5 and 15 minute load averages: the bench shares the machine with whatever else runs.</summary>
    public static string CurrentLoad() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public IEnumerable<(string Name, string Value)> Lines =>
    [
        ("nproc", Processors.ToString(CultureInfo.InvariantCulture)), ("CPU", Cpu), ("RAM", Memory),
        ("OS", OperatingSystem), (".NET", $"{Runtime} (SDK {Sdk})"), ("commit", Commit), ("load average at start", LoadAtStart),
    ];

    private static string? FirstValue(string file, string key)
    {
        if (!File.Exists(file))
        {
            return null;
        }

        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }

    private static string? PrettyName()
    {
        const string file = "/etc/os-release";
        var line = File.Exists(file) ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal)) : null;
        return line?["PRETTY_NAME=".Length..].Trim('"');
    }

    /// <summary>The trimmed standard output of a program, or null when it is missing or fails.</summary>
    private static string? Output(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start);
            var output = process?.StandardOutput.ReadToEnd().Trim();
            process?.WaitForExit();
            return process?.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
