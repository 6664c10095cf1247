namespace Generator.Tests;

/// <summary>Locates the repository from the test binaries, so tests read the real data/ and templates/.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Data => Path.Combine(RepoRoot, "data");

    public static string Templates => Path.Combine(RepoRoot, "templates");

    public static string Specs => Path.Combine(RepoRoot, "tests", "Generator.Tests", "Specs");

    public static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "generator-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Generator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Generator.sln not found above the test binaries.");
    }
}
