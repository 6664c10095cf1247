using Generator.Cli;

namespace Generator.Tests.Cli;

/// <summary>Issue 15, items 16 and 19: option values that would send a build somewhere it must not go are usage errors (exit 2).</summary>
public sealed class CommandLineHardeningTests
{
    public static TheoryData<string, string> OptionsOfEveryCommand() => new()
    {
        { "build", "--data" }, { "build", "--templates" }, { "build", "--out" }, { "build", "--bureau" }, { "build", "--year" },
        { "build", "--format" }, { "build", "--wait" }, { "validate", "--data" }, { "validate", "--bureau" }, { "validate", "--year" },
        { "validate", "--format" }, { "validate", "--templates" }, { "new", "--data" }, { "new", "--bureau" }, { "new", "--year" }, { "dump", "--data" },
        { "dump", "--templates" }, { "dump", "--bureau" }, { "dump", "--year" },
    };

    [Theory]
    [MemberData(nameof(OptionsOfEveryCommand))]
    public void An_empty_or_blank_value_is_a_usage_error(string command, string option)
    {
        foreach (var value in new[] { string.Empty, " ", "\t", "\u3000" })
        {
            var (code, _, stderr) = BuildCommandTests.Run(command, option, value);
            Assert.True(code == CommandLine.UsageError, $"{command} {option} “{value}”: exit {code}\n{stderr}");
            Assert.DoesNotContain("GEN9999", stderr, StringComparison.Ordinal);

            var joined = BuildCommandTests.Run(command, $"{option}={value}");
            Assert.Equal(CommandLine.UsageError, joined.Code);
        }
    }

    [Fact]
    public void An_output_folder_inside_the_data_or_templates_folder_a_root_or_the_home_folder_is_refused()
    {
        var root = TestPaths.NewTempFolder();
        var data = TestPaths.CopyToTemp(TestPaths.Data, "*.yaml");
        var templates = TestPaths.CopyToTemp(TestPaths.Templates);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var linkToData = Path.Combine(root, "link");
        Directory.CreateSymbolicLink(linkToData, data);

        foreach (var outFolder in new[]
                 {
                     data, Path.Combine(data, "out"), Path.Combine(data, "demo", "x", "y"), templates, Path.Combine(templates, "2021"),
                     Path.Combine(linkToData, "out"), "/", home,
                 })
        {
            var (code, _, stderr) = BuildCommandTests.Run("build", "--data", data, "--templates", templates, "--out", outFolder, "--format", "md");
            Assert.True(code == CommandLine.UsageError, $"--out {outFolder}: exit {code}\n{stderr}");
        }

        Assert.Equal(CommandLine.Ok, BuildCommandTests.Run("build", "--data", data, "--templates", templates, "--out", Path.Combine(root, "out"), "--format", "md").Code);
        Assert.False(Directory.Exists(Path.Combine(data, "out")));
    }
}
