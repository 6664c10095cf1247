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
        var start = new ProcessStartInfo("dotnet");
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", outFolder, "-v", "q", "-nologo" })
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        var (exitCode, stdout, stderr) = ProcessOutput.Run(start);
        var executable = Path.Combine(outFolder, OperatingSystem.IsWindows() ? "generator-bench.exe" : "generator-bench");
        if (exitCode != 0 || !File.Exists(executable))
        {
            log.WriteLine($"native publish failed (exit {exitCode}); native AOT needs clang (Debian: apt-get install clang):\n{stdout}{stderr}");
            return null;
        }

        log.WriteLine($"  published {executable} in {watch.Elapsed.TotalSeconds:0} s");
        return executable;
    }
}
