using Generator.Tests.Cli;
using Generator.Tests.Golden;

namespace Generator.Tests.Security;

/// <summary>
/// Issue 15's item 2 for <c>import</c>: whatever stands where a report is expected — a named pipe, a link to a
/// device, a link to the whole file system, a folder with a report's name — given by name or found in a folder,
/// the import ends (a watchdog, not a speed target), never with an internal error; a file named on the command
/// line that is not a report file is refused with a located Chinese error, and the real reports beside it are
/// still imported.
/// </summary>
public sealed class ImportPlantedFilesTests
{
    public static TheoryData<string, bool> Kinds()
    {
        var data = new TheoryData<string, bool>();
        foreach (var kind in new[] { "pipe", "link to /dev/zero", "link to /", "folder" })
        {
            // A link to / named by the user is a folder to import, all of it: not a planted file.
            if (kind != "link to /")
            {
                data.Add(kind, true);
            }

            data.Add(kind, false);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Kinds))]
    public void Whatever_is_planted_where_a_report_is_read_is_refused_and_the_import_ends(string kind, bool named)
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "named pipes and /dev are Linux's");
        var root = TestPaths.NewTempFolder();
        var reports = Directory.CreateDirectory(Path.Combine(root, "reports")).FullName;
        var data = Directory.CreateDirectory(Path.Combine(root, "data", "demo")).Parent!.FullName;
        File.Copy(Path.Combine(TestPaths.Data, "demo", "bureau.yaml"), Path.Combine(data, "demo", "bureau.yaml"));
        File.Copy(Path.Combine(TestPaths.Specs, "097-import", "014-a-folder-of-reports", "input", "往年报告", "demo-2022.html"), Path.Combine(reports, "demo-2022.html"));
        var planted = Path.Combine(reports, "planted.html");
        Plant(planted, kind);
        string[] import = ["import", .. named ? new[] { Path.Combine(reports, "demo-2022.html"), planted } : [reports], "--data", data, "--templates", TestPaths.Templates];

        var running = Task.Run(() => BuildCommandTests.Run(import));

        Assert.True(running.Wait(TimeSpan.FromMinutes(1)), $"{kind}: the import did not end");
        var (code, stdout, stderr) = running.Result;
        Assert.DoesNotContain("GEN9999", stdout + stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data, "demo", "2022.yaml")), stdout + stderr);
        if (named)
        {
            // Named by the user: a pipe or a device is not a report file; a folder is a folder of reports (none here).
            Assert.Equal(kind is "folder" ? 0 : 1, code);
            if (kind is "pipe" or "link to /dev/zero")
            {
                Assert.Matches(@"planted\.html: error GEN0605: 文件无法读取：不是普通文件", stderr);
            }
        }
        else
        {
            // Found in a folder: a pipe or a device is refused; a folder or a link to one is not a file, and is not followed.
            Assert.Equal(kind is "pipe" or "link to /dev/zero" ? 1 : 0, code);
        }
    }

    private static void Plant(string path, string kind)
    {
        switch (kind)
        {
            case "pipe":
                Assert.True(Unix.MakeFifo(path));
                break;
            case "link to /dev/zero":
                File.CreateSymbolicLink(path, "/dev/zero");
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
