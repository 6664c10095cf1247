using System.Text.RegularExpressions;
using Generator.Building;
using Generator.Diagnostics;
using Generator.Tests.Golden;
using Generator.Tests.Specs;

namespace Generator.Tests.Native;

/// <summary>
/// The native executable against the same golden files as the JIT engine: every spec case (reports,
/// diagnostics, command-line output), and the sample build byte for byte against an in-process build.
/// </summary>
public sealed partial class NativeCliTests
{
    [SkippableTheory]
    [MemberData(nameof(SpecCaseTests.Cases), MemberType = typeof(SpecCaseTests))]
    public void Native_cli_matches_the_golden_files(string name)
    {
        Skip.If(NativeCli.Path is null, NativeCli.Missing);
        var folder = Path.Combine(TestPaths.Specs, name);
        if (File.Exists(Path.Combine(folder, "args.txt")))
        {
            CliCaseRunner.Verify(folder, args => NativeCli.Run(args));
            return;
        }

        // A data case: build it from inside its folder, so paths show as the in-process case shows them.
        var outFolder = TestPaths.NewTempFolder();
        try
        {
            var templates = Directory.Exists(Path.Combine(folder, "templates")) ? "templates" : TestPaths.Templates;
            var (_, stdout, stderr) = NativeCli.Run(["build", "--data", "data", "--templates", templates, "--out", outFolder], folder);
            var summary = Summary().Match(stdout);
            Assert.True(summary.Success, "no summary line in the output:\n" + stdout + stderr);
            var drafts = summary.Groups["drafts"].Success ? $"，草稿 {summary.Groups["drafts"].Value} 份" : string.Empty;
            GoldenFile.Verify($"{stderr}生成 {summary.Groups["built"].Value} 份，未生成 {summary.Groups["failed"].Value} 份{drafts}\n", folder, "diagnostics", "txt");

            var reports = Directory.EnumerateFiles(outFolder, "report.html", SearchOption.AllDirectories).ToList();
            Assert.True(reports.Count <= 1, "a spec case builds one report at most");
            if (reports.Count == 1)
            {
                var reportFolder = Path.GetDirectoryName(reports[0])!;
                GoldenFile.Verify(File.ReadAllText(Path.Combine(reportFolder, "report.html")), folder, "report", "html");
                GoldenFile.Verify(File.ReadAllText(Path.Combine(reportFolder, "report.md")), folder, "report", "md");
                GoldenFile.Verify(WordXml.PrettyDocument(File.ReadAllBytes(Path.Combine(reportFolder, "report.docx"))), folder, "report", "docx.xml");
            }
        }
        finally
        {
            Directory.Delete(outFolder, recursive: true);
        }
    }

    /// <summary>
    /// The executable names itself in messages as the user can type it: its path from the working folder
    /// when its folder is not on the PATH (here, <c>.native/generator</c> from the repository).
    /// </summary>
    [SkippableFact]
    public void Native_cli_names_itself_as_it_was_run()
    {
        Skip.If(NativeCli.Path is null, NativeCli.Missing);
        var folder = System.IO.Path.GetDirectoryName(NativeCli.Path)!;
        var work = Directory.GetParent(folder)!.FullName;
        var expected = System.IO.Path.GetRelativePath(work, NativeCli.Path!).Replace('\\', '/');

        var (code, stdout, stderr) = NativeCli.Run(["--colour"], work, ownCommandName: true);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains($"运行 {expected} help 查看用法。", stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Native_build_of_the_samples_equals_the_in_process_build_byte_for_byte()
    {
        Skip.If(NativeCli.Path is null, NativeCli.Missing);
        var native = TestPaths.NewTempFolder();
        var jit = TestPaths.NewTempFolder();
        try
        {
            var (code, stdout, stderr) = NativeCli.Run(["build", "--data", TestPaths.Data, "--templates", TestPaths.Templates, "--out", native]);
            Assert.True(code == 0, stdout + stderr);
            new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(TestPaths.Data, TestPaths.Templates, jit));

            var files = Outputs(jit);
            Assert.NotEmpty(files);
            Assert.Equal(files, Outputs(native));
            foreach (var file in files)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(jit, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(native, file))), $"{file} differs");
            }
        }
        finally
        {
            Directory.Delete(native, recursive: true);
            Directory.Delete(jit, recursive: true);
        }
    }

    /// <summary>Every output but the build's bookkeeping (the manifest holds times and the engine's fingerprint).</summary>
    private static List<string> Outputs(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f))
            .Where(f => !f.StartsWith(BuildManifest.FolderName, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"共 \d+ 份报告：生成 (?<built>\d+) 份，\d+ 份已是最新（跳过），(?<failed>\d+) 份未生成(?:，(?<drafts>\d+) 份草稿未生成)?")]
    private static partial Regex Summary();
}
