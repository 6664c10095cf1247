using System.Diagnostics;
using Generator.Building;
using Generator.Diagnostics;

namespace Generator.Tests.Unit.Building;

/// <summary>
/// The real program, killed in the middle of a build: every published file is still either the old one
/// or the new one, never half of one, and the next build completes the job. Also two builds at once.
/// </summary>
public sealed class InterruptedBuildTests
{
    /// <summary>The seven samples copied under this many bureau ids: enough reports for a build to be caught in the middle.</summary>
    private const int Copies = 30;

    private readonly string _data = ManyBureaus(Copies);
    private readonly string _templates = IncrementalBuildTests.CopyTemplates();
    private readonly string _out = TestPaths.NewTempFolder();

    [Fact]
    public void A_build_killed_mid_run_leaves_old_or_new_files_and_the_next_run_completes_them()
    {
        Assert.True(Build(_out).Succeeded);
        var old = Snapshot(_out);
        File.AppendAllText(Path.Combine(_templates, "common", "back.scriban"), "\n模板修改后新增的一段。\n");
        var reference = TestPaths.NewTempFolder();
        Assert.True(Build(reference).Succeeded);
        var fresh = Snapshot(reference);
        Assert.All(fresh, f => Assert.NotEqual(old[f.Key], f.Value));

        using (var process = Start("build", "--data", _data, "--templates", _templates, "--out", _out))
        {
            // Kill as soon as the first report has its new files: the build is then surely in the middle.
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60) && !Snapshot(_out).Any(f => f.Value.SequenceEqual(fresh[f.Key])))
            {
                Thread.Sleep(2);
            }

            Assert.False(process.HasExited, "the build finished before it could be killed; the test needs more reports");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        var killed = Snapshot(_out);
        Assert.Equal(old.Keys.Order(StringComparer.Ordinal), killed.Keys.Order(StringComparer.Ordinal));
        Assert.All(killed, f => Assert.True(f.Value.SequenceEqual(old[f.Key]) || f.Value.SequenceEqual(fresh[f.Key]), $"{f.Key} is neither the old nor the new file"));
        Assert.Contains(killed, f => f.Value.SequenceEqual(old[f.Key]));

        var rerun = Build(_out);

        Assert.True(rerun.Succeeded);
        Assert.All(Snapshot(_out), f => Assert.Equal(fresh[f.Key], f.Value));
        Assert.DoesNotContain(Directory.EnumerateFiles(_out, "*.tmp", SearchOption.AllDirectories), f => !Path.GetRelativePath(_out, f).StartsWith(BuildManifest.FolderName, StringComparison.Ordinal));
        Assert.Equal(Copies * 7, Build(_out).UpToDate);
    }

    [Fact]
    public async Task Two_builds_at_once_take_turns_and_both_succeed()
    {
        using var first = Start("build", "--data", _data, "--templates", _templates, "--out", _out);
        Thread.Sleep(150);
        using var second = Start("build", "--data", _data, "--templates", _templates, "--out", _out);
        var outputs = await Task.WhenAll(first.StandardOutput.ReadToEndAsync(), second.StandardOutput.ReadToEndAsync());
        await first.WaitForExitAsync();
        await second.WaitForExitAsync();

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        var reference = TestPaths.NewTempFolder();
        Build(reference);
        Assert.All(Snapshot(reference), f => Assert.Equal(f.Value, File.ReadAllBytes(Path.Combine(_out, f.Key))));
        // Whichever came second found the first one's files up to date, or waited for the lock and then did.
        Assert.Matches("已是最新|等待", outputs[0] + outputs[1]);
    }

    private BuildResult Build(string outFolder) =>
        new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(_data, _templates, outFolder));

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "generator.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["CI"] = "true";
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Every report file below <paramref name="folder"/>, by relative path.</summary>
    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "report.*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), ReadShared, StringComparer.Ordinal);

    /// <summary>Reads a file another process may be replacing at this moment (a rename is atomic, so either version is whole).</summary>
    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string ManyBureaus(int copies)
    {
        var target = TestPaths.NewTempFolder();
        foreach (var bureau in Directory.EnumerateDirectories(TestPaths.Data))
        {
            for (var i = 1; i <= copies; i++)
            {
                TestPaths.CopyFolder(bureau, Path.Combine(target, $"{Path.GetFileName(bureau)}-{i}"), "*.yaml");
            }
        }

        return target;
    }
}
