using Generator.Building;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Files;
using Generator.Tests.Cli;
using Generator.Tests.Golden;

namespace Generator.Tests.Unit.Windows;

/// <summary>
/// A published file held open by Word or WPS on Windows cannot be replaced (a sharing violation; simulated here
/// through <see cref="FileMover"/>, as Linux lets a rename replace an open file). For each format's file: the
/// build names the file and asks to close it in Chinese, writes the report's other files, leaves the held file
/// whole, leaves no temporary file, exits 1 — and the next build, once the file is closed, writes it.
/// </summary>
public sealed class OutputInUseTests
{
    private readonly string _data = BuildCommandTests.CopySamples();

    [Theory]
    [InlineData("report.docx")]
    [InlineData("report.html")]
    [InlineData("report.md")]
    public void A_file_open_in_Word_is_named_the_others_are_written_and_nothing_is_torn(string held)
    {
        var outFolder = TestPaths.NewTempFolder();
        var folder = Path.Combine(outFolder, "jiyuan", "2021");
        Assert.Equal(Generator.Cli.CommandLine.Ok, CommandLine(outFolder).Code);
        var before = Published(folder);
        ChangeNarrative();

        (int Code, string Stdout, string Stderr) run;
        using (FileMover.Use(new InUseFiles([Path.Combine(folder, held)])))
        {
            run = CommandLine(outFolder);
        }

        Assert.Equal(Generator.Cli.CommandLine.InvalidInput, run.Code);
        var shown = DisplayPath.Of(Path.Combine(folder, held));
        Assert.Contains($"{shown}: error GEN0409: {held} 正被其他程序打开", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("请先在 Word/WPS 中关闭它", run.Stderr, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.Stderr, "error GEN"));
        var after = Published(folder);
        foreach (var file in before.Keys)
        {
            // The held file is the whole old one; every other format has the new text.
            Assert.True(file == held ? after[file] == before[file] : after[file] != before[file], file);
        }

        Assert.Empty(Directory.EnumerateFiles(outFolder, "*.tmp", SearchOption.AllDirectories));

        // Closed in Word: the next build writes the file, and only it, as a fresh build would.
        var again = CommandLine(outFolder);
        Assert.Equal(Generator.Cli.CommandLine.Ok, again.Code);
        Assert.Contains($"{held}（修改）", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(again.Stdout, "report\\.[a-z]+（未变）"));
        var fresh = TestPaths.NewTempFolder();
        Assert.Equal(Generator.Cli.CommandLine.Ok, CommandLine(fresh).Code);
        Assert.Equal(Published(Path.Combine(fresh, "jiyuan", "2021")), Published(folder));
    }

    [Theory]
    [InlineData(unchecked((int)0x80070020), true)]   // ERROR_SHARING_VIOLATION: Word, WPS
    [InlineData(unchecked((int)0x80070021), true)]   // ERROR_LOCK_VIOLATION: a byte-range lock
    [InlineData(unchecked((int)0x80070070), false)]  // ERROR_DISK_FULL
    [InlineData(unchecked((int)0x80070005), false)]  // ERROR_ACCESS_DENIED
    [InlineData(28, false)]                          // ENOSPC as Linux reports it
    public void Only_a_sharing_or_lock_violation_means_another_program_has_the_file(int hresult, bool held)
    {
        Assert.Equal(held, FileMover.HeldByAnotherProgram(new IOException("x", hresult)));
        Assert.False(FileMover.HeldByAnotherProgram(new UnauthorizedAccessException("x")));
    }

    private (int Code, string Stdout, string Stderr) CommandLine(string outFolder) =>
        BuildCommandTests.Run("build", "--data", _data, "--templates", TestPaths.Templates, "--out", outFolder, "--bureau", "jiyuan");

    private void ChangeNarrative()
    {
        var file = Path.Combine(_data, "jiyuan", "2021.yaml");
        var text = File.ReadAllText(file);
        var at = text.IndexOf("（Markdown）\n", StringComparison.Ordinal) + "（Markdown）\n".Length;
        File.WriteAllText(file, text.Insert(at, "  新增一段较长的叙述，使报告的每种格式都发生变化。\n\n"));
    }

    private static Dictionary<string, string> Published(string folder) =>
        Directory.EnumerateFiles(folder, "report.*").ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);
}
