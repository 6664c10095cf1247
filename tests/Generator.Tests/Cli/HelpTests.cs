using Generator.Cli;
using Generator.Cli.Commands;

namespace Generator.Tests.Cli;

/// <summary><c>help</c>, <c>help &lt;command&gt;</c> and <c>--version</c>: every option a command accepts is in its help.</summary>
public sealed class HelpTests
{
    public static TheoryData<string, string[]> CommandOptions() => new()
    {
        { "init", [.. InitCommand.Options] },
        { "build", [.. BuildCommand.Options, .. BuildCommand.Flags] },
        { "validate", [.. ValidateCommand.Options, .. ValidateCommand.Flags] },
        { "new", [.. NewCommand.Options] },
        { "import", [.. ImportCommand.Options, .. ImportCommand.Flags] },
        { "summary", [.. SummaryCommand.Options] },
        { "serve", [.. ServeCommand.Options, .. ServeCommand.Flags] },
        { "dump", [.. DumpCommand.Options] },
        { "help", [] },
    };

    [Theory]
    [MemberData(nameof(CommandOptions))]
    public void Help_for_a_command_names_every_option_it_accepts(string command, string[] options)
    {
        var (code, stdout, stderr) = BuildCommandTests.Run("help", command);

        Assert.Equal(CommandLine.Ok, code);
        Assert.Equal(string.Empty, stderr);
        Assert.StartsWith($"用法：{Generator.Diagnostics.CommandName.Prefix} {command}", stdout, StringComparison.Ordinal);
        foreach (var option in options)
        {
            Assert.Contains("--" + option, stdout, StringComparison.Ordinal);
        }

        // The whole help has the same section.
        Assert.Contains(stdout.Split("\n\n")[2], BuildCommandTests.Run("help").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_has_help()
    {
        Assert.Equal(["init", "build", "validate", "new", "import", "summary", "serve", "dump", "help"], HelpText.Commands.Select(c => c.Name));
    }

    [Theory]
    [InlineData("help", "nope")]
    [InlineData("help", "build", "validate")]
    public void Help_for_an_unknown_command_is_a_usage_error(params string[] args)
    {
        var (code, _, stderr) = BuildCommandTests.Run(args);

        Assert.Equal(CommandLine.UsageError, code);
        Assert.Contains("error GEN0401", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_names_the_program_and_its_version()
    {
        var (code, stdout, _) = BuildCommandTests.Run("--version");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Matches(@"^generator 1\.0\.0(\+[0-9a-f]{1,12})?（.*）\n$", stdout);
    }
}
