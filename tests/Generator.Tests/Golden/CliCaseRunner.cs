using Generator.Cli;
using Generator.Data;

namespace Generator.Tests.Golden;

/// <summary>
/// Runs a spec folder that holds <c>args.txt</c> (one command-line argument per line) through the CLI,
/// on a copy of its <c>data/</c> so that commands which write (<c>new</c>, <c>build</c>) never touch the
/// repository. <c>{data}</c>, <c>{templates}</c> and <c>{out}</c> in the arguments name the copy, the real
/// templates and a fresh output folder; the exit code, stdout and stderr are compared with
/// <c>output.approved.txt</c>, and every file the command created with <c>created.&lt;name&gt;</c>.
/// </summary>
internal static class CliCaseRunner
{
    public static void Verify(string folder)
    {
        var root = TestPaths.NewTempFolder();
        try
        {
            var data = Path.Combine(root, "data");
            var original = Path.Combine(folder, "data");
            var before = Copy(original, data);
            var args = File.ReadAllLines(Path.Combine(folder, "args.txt"))
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(a => a.Replace("{data}", data, StringComparison.Ordinal)
                    .Replace("{templates}", TestPaths.Templates, StringComparison.Ordinal)
                    .Replace("{out}", Path.Combine(root, "out"), StringComparison.Ordinal))
                .ToArray();

            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = CommandLine.Run(args, stdout, stderr);
            var text = $"exit code: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}";
            GoldenFile.Verify(Normalise(text, root), folder, "output", "txt");

            foreach (var file in Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                         .Where(f => !before.Contains(Path.GetRelativePath(data, f))))
            {
                GoldenFile.Verify(File.ReadAllText(file), folder, "created." + Path.GetFileNameWithoutExtension(file), Path.GetExtension(file).TrimStart('.'));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Paths below the temporary folder are shown relative to it, so golden files do not depend on the machine.</summary>
    private static string Normalise(string text, string root) =>
        text.Replace(DisplayPath.Of(root) + "/", string.Empty, StringComparison.Ordinal)
            .Replace(root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
            .Replace("\r\n", "\n", StringComparison.Ordinal);

    private static HashSet<string> Copy(string from, string to)
    {
        var copied = new HashSet<string>(StringComparer.Ordinal);
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return copied;
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            copied.Add(relative);
        }

        return copied;
    }
}
