namespace Generator.Data;

/// <summary>Paths as diagnostics show them: relative to the working folder, with the separator of the system.</summary>
public static class DisplayPath
{
    /// <summary>The separator paths are shown with: <c>\</c> on Windows, as cmd, PowerShell and Explorer show and accept paths; <c>/</c> elsewhere.</summary>
    public static char Separator => OperatingSystem.IsWindows() ? '\\' : '/';

    /// <param name="baseFolder">Folder the path is shown relative to; the working directory when null.</param>
    public static string Of(string path, string? baseFolder = null)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(baseFolder ?? Environment.CurrentDirectory), Path.GetFullPath(path));
        return Styled(relative, OperatingSystem.IsWindows());
    }

    /// <summary>
    /// A relative path (or, on Windows, an absolute one on another drive, <c>D:\报告\data</c>, which is how
    /// <see cref="Path.GetRelativePath"/> gives a path it cannot reach) with the system's separator throughout.
    /// </summary>
    public static string Styled(string path, bool windows) => windows ? path.Replace('/', '\\') : path.Replace('\\', '/');
}
