using System.Runtime.CompilerServices;

namespace Generator.Tests;

/// <summary>Process-wide settings every test relies on, made once when the test assembly loads.</summary>
internal static class TestSetup
{
    /// <summary>
    /// Messages name commands as the user runs them (Cli.InvocationName); under the test host that would
    /// depend on how the tests were started, so golden files are made with the command a developer types
    /// from the repository. Child processes (the native executable) inherit it, and match the same files.
    /// </summary>
    public const string Command = "dotnet run --project engine/Generator.Cli --";

    [ModuleInitializer]
    internal static void Initialize() => Environment.SetEnvironmentVariable("GENERATOR_COMMAND", Command);
}
