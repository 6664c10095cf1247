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

    /// <summary>Copies every file below <paramref name="from"/> matching <paramref name="pattern"/> to the same place below <paramref name="to"/>; returns their relative paths.</summary>
    public static IReadOnlyList<string> CopyFolder(string from, string to, string pattern = "*")
    {
        var copied = new List<string>();
        Directory.CreateDirectory(to);
        foreach (var file in Directory.Exists(from) ? Directory.EnumerateFiles(from, pattern, SearchOption.AllDirectories) : [])
        {
            var relative = Path.GetRelativePath(from, file);
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            copied.Add(relative);
        }

        return copied;
    }

    /// <summary>A fresh temporary copy of a folder (the samples, the templates) for a test to change.</summary>
    public static string CopyToTemp(string from, string pattern = "*")
    {
        var target = NewTempFolder();
        CopyFolder(from, target, pattern);
        return target;
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
