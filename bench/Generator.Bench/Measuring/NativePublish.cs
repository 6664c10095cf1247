using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Generator.Bench.Measuring;

/// <summary>
/// Publishes this benchmark ahead of time (<c>dotnet publish -p:PublishAot=true</c>, as the CLI is
/// published), so the engine is timed as it ships: no JIT compilation during the build.
/// </summary>
internal static class NativePublish
{
    /// <summary>The native executable, or null with the reason written to <paramref name="log"/>.</summary>
    public static string? Run(string repository, string outFolder, TextWriter log)
    {
        var project = Path.Combine(repository, "bench", "Generator.Bench", "Generator.Bench.csproj");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", outFolder, "-v", "q", "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet publish");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var executable = Path.Combine(outFolder, OperatingSystem.IsWindows() ? "generator-bench.exe" : "generator-bench");
        if (process.ExitCode != 0 || !File.Exists(executable))
        {
            log.WriteLine($"native publish failed (exit {process.ExitCode}); native AOT needs clang (Debian: apt-get install clang):\n{stdout}{stderr.Result}");
            return null;
        }

        log.WriteLine($"  published {executable} in {watch.Elapsed.TotalSeconds:0} s");
        return executable;
    }
}
