using Generator.Cli;
using Generator.Data;

namespace Generator.Tests.Golden;

/// <summary>
/// Runs a spec folder that holds <c>args.txt</c> (one command-line argument per line) through the CLI,
/// on a copy of its <c>data/</c> so that commands which write (<c>new</c>, <c>build</c>) never touch the
/// repository. <c>{data}</c>, <c>{templates}</c> and <c>{out}</c> in the arguments name the copy, the real
/// templates and a fresh output folder, <c>{input}</c> a copy of the case's <c>input/</c> folder (files to import); the exit code, stdout and stderr are compared with
/// <c>output.approved.txt</c>, every file the command created with <c>created.&lt;name&gt;</c> and every data
/// file it changed (<c>validate --fix</c>) with <c>changed.&lt;name&gt;</c>, and the output files <c>outputs.txt</c> lists with <c>out.&lt;name&gt;</c>.
/// </summary>
internal static partial class CliCaseRunner
{
    /// <summary>Runs the command line with the arguments and returns its exit code, stdout and stderr.</summary>
    public delegate (int Code, string Stdout, string Stderr) Runner(string[] args);

    /// <summary>The CLI in this process, as <c>dotnet run</c> would run it.</summary>
    public static (int Code, string Stdout, string Stderr) InProcess(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static void Verify(string folder, Runner? run = null)
    {
        var root = TestPaths.NewTempFolder();
        try
        {
            var data = Path.Combine(root, "data");
            var original = Path.Combine(folder, "data");
            var before = Copy(original, data);

            // Files a command reads that are not data (import's published reports), in a copy shown relative to the case.
            var input = Path.Combine(root, "input");
            Copy(Path.Combine(folder, "input"), input);
            var args = File.ReadAllLines(Path.Combine(folder, "args.txt"))
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(a => a.Replace("{root}", root, StringComparison.Ordinal).Replace("{data}", data, StringComparison.Ordinal)
                    .Replace("{templates}", TestPaths.Templates, StringComparison.Ordinal)
                    .Replace("{out}", Path.Combine(root, "out"), StringComparison.Ordinal)
                    .Replace("{input}", input, StringComparison.Ordinal))
                .ToArray();

            using var setup = Setup(folder, root);

            // A case that hangs (a pipe read without end) must fail, not stop the test run.
            var running = Task.Run(() => (run ?? InProcess)(args));
            Assert.True(running.Wait(TimeSpan.FromMinutes(2)), $"{folder}: the command did not finish within two minutes");
            var (code, stdout, stderr) = running.Result;
            var text = $"exit code: {code}\n--- stdout\n{stdout}--- stderr\n{stderr}";
            GoldenFile.Verify(Normalise(text, root), folder, "output", "txt");

            // Optional outputs.txt: files of the output folder to compare, one path below {out} a line (out.<name>.approved.<ext>).
            var outputs = Path.Combine(folder, "outputs.txt");
            foreach (var line in File.Exists(outputs) ? File.ReadAllLines(outputs).Where(l => l.Length > 0 && !l.StartsWith('#')) : [])
            {
                var written = Path.Combine(root, "out", line);
                Assert.True(File.Exists(written), $"{folder}: the command did not write {line}");
                GoldenFile.Verify(Normalise(File.ReadAllText(written), root), folder, "out." + Path.GetFileNameWithoutExtension(line), Path.GetExtension(line).TrimStart('.'));
            }

            foreach (var file in Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                // What setup.txt planted (pipes, links to devices) is not a created file, and must not be read.
                if (new FileInfo(file).LinkTarget is not null || Generator.Files.InputFile.Read(file, 1 << 20, out _) is null)
                {
                    continue;
                }

                var relative = Path.GetRelativePath(data, file);
                var kind = !before.Contains(relative) ? "created."
                    : !File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(original, relative))) ? "changed."
                    : null;
                if (kind is not null)
                {
                    GoldenFile.Verify(File.ReadAllText(file), folder, kind + Path.GetFileNameWithoutExtension(file), Path.GetExtension(file).TrimStart('.'));
                }
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Paths below the temporary folder are shown relative to it, so golden files do not depend on the machine.</summary>
    /// <summary>
    /// Optional <c>setup.txt</c>: conditions a case needs besides its data, one per line.
    /// <c>hold-lock</c> keeps the output folder locked as another build would;
    /// <c>link-out &lt;path&gt;</c> makes <c>{out}/&lt;path&gt;</c> a symbolic link to a folder outside the output folder;
    /// <c>copy-templates</c> copies the real templates to <c>{root}/templates</c> (for cases that plant files there);
    /// <c>fifo &lt;path&gt;</c> makes a named pipe at <c>{root}/&lt;path&gt;</c>;
    /// <c>link &lt;path&gt; &lt;target&gt;</c> makes <c>{root}/&lt;path&gt;</c> a symbolic link to the target as written (/dev/zero, /, ../x);
    /// <c>write &lt;path&gt; &lt;text&gt;</c> writes the text (<c>\n</c> for a line break) to <c>{root}/&lt;path&gt;</c>;
    /// <c>file-out</c> puts a file where the output folder should be;
    /// <c>in-use &lt;path&gt;</c> makes replacing <c>{root}/&lt;path&gt;</c> fail as Windows fails it while Word or WPS
    /// holds the file open (through <see cref="Generator.Files.FileMover"/>: in this process only, so the native
    /// executable's run of the case is left out, see <see cref="InProcessOnly"/>).
    /// </summary>
    private static IDisposable? Setup(string folder, string root)
    {
        var file = Path.Combine(folder, "setup.txt");
        IDisposable? held = null;
        var inUse = new List<string>();
        foreach (var line in File.Exists(file) ? File.ReadAllLines(file).Where(l => l.Length > 0 && !l.StartsWith('#')) : [])
        {
            var parts = line.Split(' ', 2);
            var outFolder = Path.Combine(root, "out");
            switch (parts[0])
            {
                case "hold-lock":
                    held = Generator.Building.OutputLock.Acquire(outFolder, TimeSpan.Zero, null, new Generator.Diagnostics.DiagnosticBag());
                    break;
                case "link-out":
                    var outside = Directory.CreateDirectory(Path.Combine(root, "outside")).FullName;
                    var link = Path.Combine(outFolder, parts[1]);
                    Directory.CreateDirectory(Path.GetDirectoryName(link)!);
                    Directory.CreateSymbolicLink(link, outside);
                    break;
                case "copy-templates":
                    TestPaths.CopyFolder(TestPaths.Templates, Path.Combine(root, "templates"));
                    break;
                case "fifo":
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, parts[1]))!);
                    Assert.True(Unix.MakeFifo(Path.Combine(root, parts[1])), "mkfifo failed");
                    break;
                case "link":
                    var (path, target) = (parts[1].Split(' ', 2)[0], parts[1].Split(' ', 2)[1]);
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
                    File.Delete(Path.Combine(root, path));
                    File.CreateSymbolicLink(Path.Combine(root, path), target);
                    break;
                case "write":
                    var (file2, text) = (parts[1].Split(' ', 2)[0], parts[1].Split(' ', 2)[1]);
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file2))!);
                    File.WriteAllText(Path.Combine(root, file2), text.Replace("\\n", "\n", StringComparison.Ordinal));
                    break;
                case "file-out":
                    File.WriteAllText(Path.Combine(root, "out"), "不是文件夹");
                    break;
                case "in-use":
                    inUse.Add(Path.GetFullPath(Path.Combine(root, parts[1])));
                    break;
                default:
                    throw new InvalidOperationException($"unknown setup step in {file}: {line}");
            }
        }

        if (inUse.Count > 0)
        {
            // Set here, on the caller's flow: the command's Task.Run and the build's parallel bureaus inherit it.
            var mover = Generator.Files.FileMover.Use(new InUseFiles(inUse));
            return held is null ? mover : new Both(held, mover);
        }

        return held;
    }

    /// <summary>Whether a case can only run in this process (its setup simulates through an in-process seam).</summary>
    public static bool InProcessOnly(string folder) =>
        File.Exists(Path.Combine(folder, "setup.txt")) && File.ReadAllLines(Path.Combine(folder, "setup.txt")).Any(l => l.StartsWith("in-use ", StringComparison.Ordinal));

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            second.Dispose();
            first.Dispose();
        }
    }

    /// <summary>The build's time varies from run to run and is shown as “用时 … 秒”.</summary>
    private static string Normalise(string text, string root) =>
        Elapsed().Replace(
            text.Replace(DisplayPath.Of(root) + "/", string.Empty, StringComparison.Ordinal)
                .Replace(root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
                .Replace("\r\n", "\n", StringComparison.Ordinal),
            "用时 … 秒");

    [System.Text.RegularExpressions.GeneratedRegex(@"用时 [0-9]+\.[0-9]+ 秒")]
    private static partial System.Text.RegularExpressions.Regex Elapsed();

    private static HashSet<string> Copy(string from, string to) => [.. TestPaths.CopyFolder(from, to)];
}
