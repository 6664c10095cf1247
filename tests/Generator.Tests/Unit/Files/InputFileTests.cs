using Generator.Files;
using Generator.Tests.Golden;

namespace Generator.Tests.Unit.Files;

/// <summary>
/// Every kind of file a folder can hold, read as an input: only a regular file is read, the others are told
/// apart without blocking (a named pipe) or reading without end (a device), and the size limit holds.
/// </summary>
public sealed class InputFileTests
{
    private readonly string _folder = TestPaths.NewTempFolder();

    [Fact]
    public void A_regular_file_is_read_whole_up_to_the_limit()
    {
        var path = Path.Combine(_folder, "a.yaml");
        File.WriteAllBytes(path, new byte[100]);

        Assert.Equal(100, InputFile.Read(path, 100, out var problem)?.Length);
        Assert.Equal(InputProblem.None, problem);
        Assert.Null(InputFile.Read(path, 99, out problem));
        Assert.Equal(InputProblem.TooLarge, problem);
    }

    [Fact]
    public void An_empty_file_is_read_as_nothing() =>
        Assert.Empty(InputFile.Read(Write("empty.yaml", string.Empty), 10, out _)!);

    [SkippableFact]
    public void A_named_pipe_is_refused_without_waiting_for_a_writer()
    {
        var path = Path.Combine(_folder, "pipe.yaml");
        Skip.IfNot(Unix.MakeFifo(path), "named pipes are made with mkfifo on Linux");

        var read = Task.Run(() => (InputFile.Read(path, 1 << 20, out var problem), problem));

        Assert.True(read.Wait(TimeSpan.FromSeconds(30)), "reading a named pipe blocked");
        Assert.Null(read.Result.Item1);
        Assert.Equal(InputProblem.Pipe, read.Result.problem);
    }

    [SkippableTheory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/null")]
    [InlineData("/dev/urandom")]
    public void A_device_is_refused_before_a_byte_is_read(string device)
    {
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists(device), "a Linux device");

        Assert.Null(InputFile.Read(device, 1 << 20, out var problem));
        Assert.Equal(InputProblem.Device, problem);

        // Through a link, too: the kind is asked of the opened file, not of its name.
        var link = Path.Combine(_folder, "bureau.yaml");
        File.CreateSymbolicLink(link, device);
        Assert.Null(InputFile.Read(link, 1 << 20, out problem));
        Assert.Equal(InputProblem.Device, problem);
    }

    [Fact]
    public void A_folder_is_not_a_file() =>
        Assert.Null(InputFile.Read(Directory.CreateDirectory(Path.Combine(_folder, "2022.yaml")).FullName, 10, out _));

    [Fact]
    public void A_missing_file_and_a_dangling_link_are_not_found()
    {
        Assert.Null(InputFile.Read(Path.Combine(_folder, "none.yaml"), 10, out var problem));
        Assert.Equal(InputProblem.NotFound, problem);

        var link = Path.Combine(_folder, "dangling.yaml");
        File.CreateSymbolicLink(link, Path.Combine(_folder, "nowhere"));
        Assert.Null(InputFile.Read(link, 10, out problem));
        Assert.Equal(InputProblem.NotFound, problem);
    }

    [Fact]
    public void Every_problem_is_described_in_Chinese()
    {
        foreach (var problem in Enum.GetValues<InputProblem>().Where(p => p != InputProblem.None))
        {
            Assert.Matches("[\u4e00-\u9fff]", InputFile.Describe(problem, 1 << 20));
        }
    }

    [Fact]
    public void A_link_is_inside_a_folder_only_when_its_target_is()
    {
        var root = Directory.CreateDirectory(Path.Combine(_folder, "data")).FullName;
        var inside = Write("data/a.yaml", "x");
        File.CreateSymbolicLink(Path.Combine(root, "b.yaml"), inside);
        File.CreateSymbolicLink(Path.Combine(root, "c.yaml"), Write("outside.yaml", "x"));
        Directory.CreateSymbolicLink(Path.Combine(root, "everything"), "/");

        Assert.True(FolderLinks.IsInside(inside, root));
        Assert.True(FolderLinks.IsInside(Path.Combine(root, "b.yaml"), root));
        Assert.False(FolderLinks.IsInside(Path.Combine(root, "c.yaml"), root));
        Assert.False(FolderLinks.IsInside(Path.Combine(root, "everything", "etc", "passwd"), root));
        Assert.False(FolderLinks.IsInside(Path.Combine(root, "..", "outside.yaml"), root));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
