using Generator.Cli;

namespace Generator.Tests.Cli;

/// <summary>Messages name a command the way the user can type it; the rule that works it out, case by case.</summary>
public sealed class InvocationNameTests
{
    [Fact]
    public void From_the_repository_it_is_dotnet_run_with_the_project_relative_to_the_working_folder()
    {
        var repo = TestPaths.NewTempFolder();
        var project = Directory.CreateDirectory(Path.Combine(repo, "engine", "Generator.Cli")).FullName;
        File.WriteAllText(Path.Combine(project, "Generator.Cli.csproj"), "<Project />");
        var bin = Directory.CreateDirectory(Path.Combine(project, "bin", "Debug", "net10.0")).FullName;

        Assert.Equal("dotnet run --project engine/Generator.Cli --",
            InvocationName.Detect(null, Path.Combine(bin, "generator"), bin, repo, "/usr/bin", windows: false));
        Assert.Equal("dotnet run --project ../engine/Generator.Cli --",
            InvocationName.Detect(null, Path.Combine(bin, "generator"), bin, Directory.CreateDirectory(Path.Combine(repo, "data")).FullName, "/usr/bin", windows: false));
    }

    [Fact]
    public void An_installed_executable_on_the_path_is_its_name()
    {
        var folder = TestPaths.NewTempFolder();
        Assert.Equal("generator", InvocationName.Detect(null, Path.Combine(folder, "generator"), folder, "/home/staff", $"/usr/bin:{folder}", windows: false));
    }

    [Fact]
    public void An_executable_off_the_path_is_its_path_from_the_working_folder()
    {
        var folder = TestPaths.NewTempFolder();
        var work = Directory.GetParent(folder)!.FullName;
        var name = Path.GetFileName(folder);
        Assert.Equal($"{name}/generator", InvocationName.Detect(null, Path.Combine(folder, "generator"), folder, work, "/usr/bin", windows: false));
        Assert.Equal("./generator", InvocationName.Detect(null, Path.Combine(folder, "generator"), folder, folder, "/usr/bin", windows: false));
    }

    [Fact]
    public void On_windows_the_program_in_the_working_folder_needs_no_dot_slash()
    {
        var folder = TestPaths.NewTempFolder();
        Assert.Equal("generator.exe", InvocationName.Detect(null, Path.Combine(folder, "generator.exe"), folder, folder, "C:\\Windows", windows: true));
    }

    [Fact]
    public void A_path_with_a_space_is_quoted()
    {
        var folder = Directory.CreateDirectory(Path.Combine(TestPaths.NewTempFolder(), "my tools")).FullName;
        var work = Directory.GetParent(folder)!.FullName;
        Assert.Equal("\"my tools/generator\"", InvocationName.Detect(null, Path.Combine(folder, "generator"), folder, work, "/usr/bin", windows: false));
    }

    [Fact]
    public void The_environment_variable_wins()
    {
        Assert.Equal("gen", InvocationName.Detect(" gen ", "/x/generator", "/x", "/", null, windows: false));
    }
}
