namespace Generator.Bench;

/// <summary>Finds the repository (the folder with Generator.sln) from the working directory or the program's folder.</summary>
internal static class RepositoryPaths
{
    public static string? Root()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    public static string? Templates() => Root() is { } root ? Path.Combine(root, "templates") : null;
}
