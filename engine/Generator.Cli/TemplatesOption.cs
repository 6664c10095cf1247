namespace Generator.Cli;

/// <summary>
/// Which templates a command uses: <c>--templates DIR</c> when given, else a <c>templates/</c> folder in the
/// working folder (a clone of the repository, or staff who copied and changed the templates), else the
/// official templates built into the program (null), so that a downloaded executable works in any folder.
/// </summary>
internal static class TemplatesOption
{
    public const string DefaultFolder = "templates";

    public static string? Resolve(Arguments parsed) => Resolve(parsed.Get("templates"), Directory.Exists(DefaultFolder));

    /// <summary>The pure rule, for tests.</summary>
    public static string? Resolve(string? given, bool folderInWorkingFolder) => given ?? (folderInWorkingFolder ? DefaultFolder : null);
}
