using Generator.Building;
using Generator.Tests.Cli;

namespace Generator.Tests.Unit.Building;

/// <summary>
/// Issue 15, items 3–6, 12 and 18: what the build does to the output folder beyond its reports — the lock on a
/// folder it cannot write, other programs' temporary files, its own after a killed build, a damaged or tampered
/// manifest, a link in place of its own folder.
/// </summary>
public sealed class OutputFolderTests
{
    private readonly string _out = TestPaths.NewTempFolder();

    private string[] Build(params string[] more) =>
        ["build", "--data", TestPaths.Data, "--templates", TestPaths.Templates, "--out", _out, "--bureau", "demo", "--format", "html,md", .. more];

    [Theory]
    [InlineData(".report.html.tmp")]      // no process id
    [InlineData(".report.html.12a.tmp")]  // not a process id
    [InlineData(".notes.123.tmp")]        // not a file of ours
    [InlineData(".report.html.123.tmp.bak")]
    [InlineData("report.html.123.tmp")]   // not hidden
    [InlineData(".index.html.123.tmp")]   // ours, but not in a report folder
    public void Other_programs_temporary_files_are_never_removed(string name)
    {
        Assert.Equal(0, BuildCommandTests.Run(Build()).Code);
        var planted = new[] { Path.Combine(_out, name), Path.Combine(_out, BuildManifest.FolderName, name), Path.Combine(_out, "demo", "2022", name) }
            .Where(p => !(name.StartsWith(".index.html", StringComparison.Ordinal) && Path.GetDirectoryName(p) == _out)).ToList();
        planted.ForEach(p => File.WriteAllText(p, "不是生成器的文件"));
        File.WriteAllText(Path.Combine(_out, BuildManifest.FolderName, "running"), string.Empty); // as if the last build had been killed

        Assert.Equal(0, BuildCommandTests.Run(Build("--force")).Code);

        Assert.All(planted, p => Assert.True(File.Exists(p), p + " was removed"));
    }

    [Fact]
    public void A_killed_builds_temporary_files_go_even_where_the_next_build_has_nothing_to_do()
    {
        Assert.Equal(0, BuildCommandTests.Run(Build()).Code);
        var leftovers = new[]
        {
            Path.Combine(_out, "demo", "2021", ".report.html.999999.tmp"), Path.Combine(_out, "demo", "2022", ".report.md.4242.tmp"),
            Path.Combine(_out, ".index.html.4242.tmp"), Path.Combine(_out, BuildManifest.FolderName, ".manifest.json.4242.tmp"),
        };
        foreach (var file in leftovers)
        {
            File.WriteAllText(file, "<html>半个文件");
        }

        File.WriteAllText(Path.Combine(_out, BuildManifest.FolderName, "running"), string.Empty);

        var (code, stdout, _) = BuildCommandTests.Run(Build());

        Assert.Equal(0, code);
        Assert.Contains("2 份已是最新（跳过）", stdout, StringComparison.Ordinal);
        Assert.All(leftovers, f => Assert.False(File.Exists(f), f + " is left"));
        Assert.False(File.Exists(Path.Combine(_out, BuildManifest.FolderName, "running")));
    }

    public static TheoryData<string> DamagedManifests() =>
    [
        "{",
        "",
        "null",
        "[]",
        "{\"Version\":1}",
        "{\"Version\":1,\"Reports\":null}",
        "{\"Version\":1,\"Reports\":[null]}",
        "{\"Version\":1,\"Reports\":[{\"Bureau\":\"demo\",\"Year\":2022}]}",
        "{\"Version\":1,\"Reports\":[{\"Bureau\":\"demo\",\"Year\":2022,\"Agency\":\"a\",\"Title\":\"t\",\"Files\":[null]}]}",
        "{\"Version\":1,\"Reports\":[{\"Bureau\":\"demo\",\"Year\":2022,\"Agency\":\"a\",\"Title\":\"t\",\"Files\":[{\"Name\":\"../../x.html\",\"Inputs\":\"i\",\"Length\":1,\"WriteTicks\":1}]}]}",
        "{\"Version\":1,\"Reports\":[{\"Bureau\":\"x\\\" onload=\\\"alert(1)\",\"Year\":2022,\"Agency\":\"a\",\"Title\":\"t\",\"Files\":[]}]}",
        "{\"Version\":1,\"Reports\":[{\"Bureau\":\"../../etc\",\"Year\":2022,\"Agency\":\"a\",\"Title\":\"t\",\"Files\":[]}]}",
        "{\"Version\":1,\"Reports\":[{\"Bureau\":\"demo\",\"Year\":2022,\"Agency\":\"a\",\"Title\":\"t\",\"Files\":[],\"Diagnostics\":[null]}]}",
        "{\"Version\":2,\"Reports\":[]}",
        "{\"Version\":\"1\",\"Reports\":[]}",
    ];

    [Theory]
    [MemberData(nameof(DamagedManifests))]
    public void A_damaged_manifest_costs_a_full_rebuild_and_a_warning(string manifest)
    {
        Assert.Equal(0, BuildCommandTests.Run(Build()).Code);
        File.WriteAllText(BuildManifest.PathIn(_out), manifest);

        var (code, stdout, stderr) = BuildCommandTests.Run(Build());

        Assert.Equal(0, code);
        Assert.Contains("warning GEN0408", stderr, StringComparison.Ordinal);
        Assert.Contains("共 2 份报告：生成 2 份", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("onload", File.ReadAllText(Path.Combine(_out, SiteIndex.FileName)), StringComparison.Ordinal);

        // And the next build trusts the manifest it wrote.
        var again = BuildCommandTests.Run(Build());
        Assert.DoesNotContain("GEN0408", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 份已是最新（跳过）", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_escapes_names_the_way_the_reports_do()
    {
        var manifest = BuildManifest.Load(_out);
        manifest.Record(new ManifestReport("demo", 2022, "示例\u0000市\u001b]0;x\u0007\"><script>alert(1)</script>", "标题<b>", [new ManifestFile("report.html", "i", 1, 1)]));
        Directory.CreateDirectory(Path.Combine(_out, "demo", "2022"));
        File.WriteAllText(Path.Combine(_out, "demo", "2022", "report.html"), "x");

        SiteIndex.Update(_out, manifest);

        var index = File.ReadAllText(Path.Combine(_out, SiteIndex.FileName));
        Assert.DoesNotContain("<script>", index, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", index, StringComparison.Ordinal);
        Assert.DoesNotMatch("[\u0000-\u0008\u000b-\u001f\u007f]", index);
        Assert.Contains("&lt;script&gt;", index, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_folder_that_cannot_be_written_is_GEN0402_at_once_not_a_wait_for_another_build()
    {
        Assert.Equal(0, BuildCommandTests.Run(Build()).Code);
        var own = Path.Combine(_out, BuildManifest.FolderName);
        Skip.IfNot(OutputFaultTests.MakeReadOnly(own, true), "neither chattr +i (as root) nor chmod can make a folder read-only here");
        try
        {
            // With the lock file itself also unwritable, as on a read-only disk.
            OutputFaultTests.MakeReadOnly(Path.Combine(own, "lock"), true);
            var (code, _, stderr) = BuildCommandTests.Run(Build("--force", "--wait", "20"));

            Assert.Equal(1, code);
            Assert.Contains("GEN0402", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("GEN0406", stderr, StringComparison.Ordinal);
        }
        finally
        {
            OutputFaultTests.MakeReadOnly(Path.Combine(own, "lock"), false);
            OutputFaultTests.MakeReadOnly(own, false);
        }
    }

    [Fact]
    public void The_builds_own_folder_as_a_link_writes_nothing_outside()
    {
        var outside = TestPaths.NewTempFolder();
        Directory.CreateSymbolicLink(Path.Combine(_out, BuildManifest.FolderName), outside);

        var (code, _, stderr) = BuildCommandTests.Run(Build());

        Assert.Equal(1, code);
        Assert.Contains("GEN0405", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        Assert.False(Directory.Exists(Path.Combine(_out, "demo")));
    }
}
