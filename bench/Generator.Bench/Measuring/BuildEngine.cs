using System.Diagnostics;

namespace Generator.Bench.Measuring;

/// <summary>
/// A program that runs the hidden <c>__build</c> subcommand: this benchmark itself (compiled just in
/// time, as under <c>dotnet run</c>) or its native executable (compiled ahead of time, as the CLI ships).
/// </summary>
/// <param name="Name">Shown after each measurement's name: “native” or “JIT”.</param>
internal sealed record BuildEngine(string Name, string Program, IReadOnlyList<string> LeadingArguments)
{
    /// <summary>
    /// The running program: the apphost (<c>dotnet run</c>, or the built executable) starts directly;
    /// under <c>dotnet generator-bench.dll</c> the process is dotnet, which is given the dll again.
    /// </summary>
    public static BuildEngine Jit()
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("the path of this program is unknown");
        var leading = Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? new[] { Path.Combine(AppContext.BaseDirectory, "generator-bench.dll") }
            : [];
        return new BuildEngine("JIT", self, leading);
    }

    public static BuildEngine Native(string executable) => new("native", executable, []);

    public ProcessStartInfo StartInfo(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Program);
        foreach (var argument in LeadingArguments.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }
}
