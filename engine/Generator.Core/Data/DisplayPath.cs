namespace Generator.Data;

/// <summary>Paths as shown in diagnostics: relative to the working directory, with forward slashes on every system.</summary>
public static class DisplayPath
{
    /// <param name="baseFolder">Folder the path is shown relative to; the working directory when null.</param>
    public static string Of(string path, string? baseFolder = null)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(baseFolder ?? Environment.CurrentDirectory), Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }
}
