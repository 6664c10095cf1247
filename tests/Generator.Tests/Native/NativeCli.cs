using System.Diagnostics;

namespace Generator.Tests.Native;

/// <summary>
/// The CLI published ahead of time (<c>dotnet publish engine/Generator.Cli -r linux-x64</c>), named by
/// <c>GENERATOR_NATIVE_CLI</c>; <c>.ci/run</c> publishes it and sets the variable. Trimming and native
/// compilation can change what reflection sees, so its output is checked against the same golden files.
/// </summary>
internal static class NativeCli
{
    public static string? Path { get; } = Environment.GetEnvironmentVariable("GENERATOR_NATIVE_CLI") is { Length: > 0 } path ? path : null;

    public const string Missing = "GENERATOR_NATIVE_CLI is not set: publish the CLI natively and point the variable at it (bash .ci/run does both).";

    /// <summary>
    /// Runs the native CLI in <paramref name="workingDirectory"/> (the test's own by default). With
    /// <paramref name="ownCommandName"/> it works out how it was run itself, instead of the name the tests fix.
    /// </summary>
    public static (int Code, string Stdout, string Stderr) Run(string[] args, string? workingDirectory = null, bool ownCommandName = false)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException(Missing))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Plain progress lines, as the in-process CLI writes them to a StringWriter.
        start.Environment["CI"] = "true";
        if (ownCommandName)
        {
            start.Environment.Remove("GENERATOR_COMMAND");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + Path);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.Result);
    }
}
