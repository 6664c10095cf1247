using System.Runtime.InteropServices;
using Generator.Diagnostics;

namespace Generator.Cli;

/// <summary>
/// Works out how the user started this program, for <see cref="CommandName"/>: from a clone of the
/// repository (<c>dotnet run --project engine/Generator.Cli --</c>, the program's own folder lies below the
/// project), or as a published executable (its name when its folder is on the PATH, else its path from the
/// working folder, e.g. <c>./generator</c>). <c>GENERATOR_COMMAND</c> overrides both (tests use it).
/// </summary>
internal static class InvocationName
{
    public const string Variable = "GENERATOR_COMMAND";

    private const string ProjectFile = "Generator.Cli.csproj";

    public static string Detect() => Detect(
        Environment.GetEnvironmentVariable(Variable), Environment.ProcessPath, AppContext.BaseDirectory, Directory.GetCurrentDirectory(),
        Environment.GetEnvironmentVariable("PATH"), RuntimeInformation.IsOSPlatform(OSPlatform.Windows));

    /// <summary>The pure rule, for tests: every input the answer depends on is a parameter.</summary>
    public static string Detect(string? overridden, string? processPath, string baseDirectory, string currentDirectory, string? pathVariable, bool windows)
    {
        if (!string.IsNullOrWhiteSpace(overridden))
        {
            return overridden.Trim();
        }

        // dotnet run builds into <project>/bin/<configuration>/<framework>/: the project is a few folders up.
        for (var folder = new DirectoryInfo(baseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ProjectFile)))
            {
                return $"dotnet run --project {Quote(Relative(currentDirectory, folder.FullName, windows))} --";
            }
        }

        if (processPath is null)
        {
            return CommandName.Installed;
        }

        var name = Path.GetFileNameWithoutExtension(processPath);
        var folderOfProgram = Path.GetDirectoryName(processPath) ?? string.Empty;
        var onPath = (pathVariable ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(p => SameFolder(p, folderOfProgram, windows));
        if (onPath)
        {
            return name;
        }

        var relative = Relative(currentDirectory, processPath, windows);
        var separator = windows ? '\\' : '/';

        // A program in the working folder is found there by cmd.exe, but a Unix shell needs ./ before it.
        return Quote(relative.Contains(separator, StringComparison.Ordinal) || windows ? relative : "./" + relative);
    }

    private static string Relative(string from, string to, bool windows)
    {
        var relative = Path.GetRelativePath(from, to);
        return windows ? relative.Replace('/', '\\') : relative.Replace('\\', '/');
    }

    private static bool SameFolder(string a, string b, bool windows) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b),
            windows ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static string Quote(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
}
