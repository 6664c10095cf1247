using System.Reflection;

namespace Generator.Cli;

/// <summary>
/// <c>--version</c>: the program's version and the commit it was built from (the SDK appends the commit to the
/// informational version), so a report from staff names the exact build.
/// </summary>
internal static class ProgramVersion
{
    public static string Text => $"generator {Informational}（政府信息公开工作年度报告生成器，.NET {Environment.Version}，{System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier}）";

    /// <summary>The version with at most the first 12 digits of the commit.</summary>
    public static string Informational
    {
        get
        {
            var version = typeof(ProgramVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+', StringComparison.Ordinal);
            return plus >= 0 && version.Length > plus + 13 ? version[..(plus + 13)] : version;
        }
    }
}
