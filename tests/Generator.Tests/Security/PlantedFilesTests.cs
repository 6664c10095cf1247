using Generator.Tests.Cli;
using Generator.Tests.Golden;

namespace Generator.Tests.Security;

/// <summary>
/// Issue 15, item 2, as a class: whatever is planted where the build reads a file — a named pipe, a link to a
/// device, to a file or folder outside, to the whole file system, a folder in place of the file — at every
/// place it reads (year file, bureau file, the year before, main and partial templates, the manifest, a
/// published output), the build ends (a watchdog, not a speed target), never with an internal error, and a
/// file it must read is refused with a located Chinese error.
/// </summary>
public sealed class PlantedFilesTests
{
    public static TheoryData<string, string> Places()
    {
        var data = new TheoryData<string, string>();
        foreach (var place in new[]
                 {
                     "data/demo/2022.yaml", "data/demo/bureau.yaml", "data/demo/2021.yaml", "templates/2021/report.scriban",
                     "templates/common/front.scriban", "out/.generator/manifest.json", "out/demo/2022/report.html",
                 })
        {
            foreach (var kind in new[] { "pipe", "link to /dev/zero", "link outside", "link to /", "folder" })
            {
                data.Add(place, kind);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Places))]
    public void Whatever_is_planted_where_a_file_is_read_is_refused_and_the_build_ends(string place, string kind)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "named pipes and /dev are Linux's");
        var root = TestPaths.NewTempFolder();
        TestPaths.CopyFolder(TestPaths.Data, Path.Combine(root, "data"), "*.yaml");
        TestPaths.CopyFolder(TestPaths.Templates, Path.Combine(root, "templates"));
        string[] build = ["build", "--data", Path.Combine(root, "data"), "--templates", Path.Combine(root, "templates"), "--out", Path.Combine(root, "out"), "--bureau", "demo", "--format", "html"];
        Assert.Equal(0, BuildCommandTests.Run(build).Code); // out/ now holds what a later build compares with
        File.WriteAllText(Path.Combine(root, "outside.txt"), "x: 1\n");
        Plant(Path.Combine(root, place), kind, Path.Combine(root, "outside.txt"));

        var running = Task.Run(() => BuildCommandTests.Run(build));

        Assert.True(running.Wait(TimeSpan.FromMinutes(1)), $"{place} as {kind}: the build did not end");
        var (code, _, stderr) = running.Result;
        Assert.DoesNotContain("GEN9999", stderr, StringComparison.Ordinal);
        if (place.StartsWith("out/", StringComparison.Ordinal))
        {
            // Outputs are replaced, not read as input: the build may succeed, or say it cannot write (a folder in the way).
            Assert.True(code == 0 || stderr.Contains("GEN0402", StringComparison.Ordinal), stderr);
            return;
        }

        Assert.Equal(1, code);
        var name = Path.GetFileName(place);
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(name)}\S*: error GEN0(004|001|305|306|303)|{System.Text.RegularExpressions.Regex.Escape(name)}\(1,1\): error GEN0004", stderr);
    }

    private static void Plant(string path, string kind, string outside)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        switch (kind)
        {
            case "pipe":
                Assert.True(Unix.MakeFifo(path));
                break;
            case "link to /dev/zero":
                File.CreateSymbolicLink(path, "/dev/zero");
                break;
            case "link outside":
                File.CreateSymbolicLink(path, outside);
                break;
            case "link to /":
                Directory.CreateSymbolicLink(path, "/");
                break;
            default:
                Directory.CreateDirectory(path);
                break;
        }
    }
}
