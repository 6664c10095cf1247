using System.Diagnostics;

namespace Generator.Bench.Measuring;

/// <summary>Runs a program to its end and returns its exit code and what it wrote, both streams read at once (so neither fills up and blocks it).</summary>
internal static class ProcessOutput
{
    public static (int ExitCode, string Stdout, string Stderr) Run(ProcessStartInfo start)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
