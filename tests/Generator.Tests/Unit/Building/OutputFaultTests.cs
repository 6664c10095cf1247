using System.Diagnostics;
using Generator.Building;
using Generator.Diagnostics;
using Generator.Tests.Cli;

namespace Generator.Tests.Unit.Building;

/// <summary>
/// When the output folder cannot take the new files (full disk, read-only) or a template is missing, the
/// build says so in Chinese and every file already published stays as it was.
/// </summary>
public sealed class OutputFaultTests
{
    private readonly string _data = BuildCommandTests.CopySamples();

    [SkippableFact]
    public void A_full_disk_is_a_clear_error_and_the_published_files_stay()
    {
        var outFolder = TestPaths.NewTempFolder();
        Skip.IfNot(Run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", outFolder), "mounting a small tmpfs needs root (CAP_SYS_ADMIN); not available here");
        try
        {
            Assert.True(Build(outFolder).Succeeded);
            var published = Published(outFolder);
            FillUp(outFolder);
            ChangeNarrative();

            var (code, _, stderr) = BuildCommandTests.Run("build", "--data", _data, "--templates", TestPaths.Templates, "--out", outFolder, "--bureau", "jiyuan", "--format", "html,md");

            Assert.Equal(1, code);
            Assert.Contains("error GEN0402: 无法写入输出文件", stderr, StringComparison.Ordinal);
            Assert.Equal(published, Published(outFolder));
            Assert.DoesNotContain(Directory.EnumerateFiles(outFolder, "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        }
        finally
        {
            Run("umount", outFolder);
        }
    }

    [SkippableFact]
    public void A_read_only_report_folder_is_a_clear_error_and_its_files_stay()
    {
        var outFolder = TestPaths.NewTempFolder();
        Assert.True(Build(outFolder).Succeeded);
        var folder = Path.Combine(outFolder, "jiyuan", "2021");
        var published = Published(outFolder);
        Skip.IfNot(MakeReadOnly(folder, true), "neither chattr +i (as root) nor chmod can make a folder read-only here");
        try
        {
            ChangeNarrative();

            var (code, stdout, stderr) = BuildCommandTests.Run("build", "--data", _data, "--templates", TestPaths.Templates, "--out", outFolder, "--bureau", "jiyuan", "--format", "html,md");

            Assert.Equal(1, code);
            Assert.Matches(@"jiyuan/2021: error GEN0402: 无法写入输出文件：(没有写入权限|文件夹无法建立或文件无法写入)", stderr);
            Assert.Contains("未生成 jiyuan 2021 年度（已发布的文件保持不变）", stdout, StringComparison.Ordinal);
            Assert.Equal(published, Published(outFolder));
        }
        finally
        {
            MakeReadOnly(folder, false);
        }
    }

    [Theory]
    [InlineData("2021/report.scriban")]
    [InlineData("common/back.scriban")]
    public void A_missing_template_is_a_clear_error_and_the_published_files_stay(string template)
    {
        var outFolder = TestPaths.NewTempFolder();
        Assert.True(Build(outFolder).Succeeded);
        var published = Published(outFolder);
        var templates = IncrementalBuildTests.CopyTemplates();
        File.Delete(Path.Combine(templates, template));
        ChangeNarrative();

        var (code, _, stderr) = BuildCommandTests.Run("build", "--data", _data, "--templates", templates, "--out", outFolder);

        Assert.Equal(1, code);
        Assert.Matches(@"error GEN030[23]: .*(找不到模板|back)", stderr);
        Assert.DoesNotContain("GEN9999", stderr, StringComparison.Ordinal);
        Assert.Equal(published.Where(p => p.Key.StartsWith("jiyuan", StringComparison.Ordinal)), Published(outFolder).Where(p => p.Key.StartsWith("jiyuan", StringComparison.Ordinal)));
    }

    private BuildResult Build(string outFolder) =>
        new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(_data, TestPaths.Templates, outFolder, Bureau: "jiyuan", Formats: ["html", "md"]));

    private void ChangeNarrative()
    {
        var file = Path.Combine(_data, "jiyuan", "2021.yaml");
        var text = File.ReadAllText(file);
        var at = text.IndexOf("（Markdown）\n", StringComparison.Ordinal) + "（Markdown）\n".Length;
        File.WriteAllText(file, text.Insert(at, "  新增一段较长的叙述，使报告的每种格式都发生变化。\n\n"));
    }

    private static Dictionary<string, string> Published(string outFolder) =>
        Directory.EnumerateFiles(outFolder, "report.*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(outFolder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    /// <summary>Fills a file system until a write fails, so the next write meets a full disk.</summary>
    private static void FillUp(string folder)
    {
        using var filler = File.Create(Path.Combine(folder, "filler"));
        var block = new byte[4096];
        try
        {
            while (true)
            {
                filler.Write(block);
                filler.Flush();
            }
        }
        catch (IOException)
        {
            // Full: what the test wants.
        }
    }

    /// <summary>Root ignores permission bits, so as root the folder is made immutable instead.</summary>
    internal static bool MakeReadOnly(string folder, bool readOnly)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        if (Environment.UserName == "root")
        {
            return Run("chattr", readOnly ? "+i" : "-i", folder);
        }

        File.SetUnixFileMode(folder, readOnly
            ? UnixFileMode.UserRead | UnixFileMode.UserExecute
            : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return true;
    }

    internal static bool Run(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
