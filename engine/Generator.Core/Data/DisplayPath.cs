namespace Generator.Data;

/// <summary>Paths as shown in diagnostics: relative to the working directory, with forward slashes on every system.</summary>
public static class DisplayPath
{
    public static string Of(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }
}
