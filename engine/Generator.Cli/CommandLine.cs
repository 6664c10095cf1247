using Generator.Cli.Commands;
using Generator.Diagnostics;

namespace Generator.Cli;

/// <summary>Entry point: picks the command, maps failures to exit codes (0 ok, 1 invalid input, 2 usage, 3 internal error).</summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;

    /// <summary>The usage text, with the command as the user runs it.</summary>
    public static string Usage => HelpText.All;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        CommandName.Prefix = InvocationName.Detect();
        try
        {
            if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
            {
                return Help(args, stdout);
            }

            if (args[0] is "--version" or "version")
            {
                stdout.WriteLine(ProgramVersion.Text);
                return args.Length == 1 ? Ok : Fail(stderr, $"{args[0]} 不带其他参数。");
            }

            return args[0] switch
            {
                "init" => InitCommand.Run(args[1..], stdout, stderr),
                "build" => BuildCommand.Run(args[1..], stdout, stderr),
                "validate" => ValidateCommand.Run(args[1..], stdout, stderr),
                "new" => NewCommand.Run(args[1..], stdout, stderr),
                "dump" => DumpCommand.Run(args[1..], stdout, stderr),
                "import" => ImportCommand.Run(args[1..], stdout, stderr),
                "summary" => SummaryCommand.Run(args[1..], stdout, stderr),
                "serve" => ServeCommand.Run(args[1..], stdout, stderr),
                _ => Fail(stderr, $"未知命令“{args[0]}”。"),
            };
        }
        catch (UsageException e)
        {
            return Fail(stderr, e.Message);
        }
#pragma warning disable CA1031 // The last line of defence: users must never see a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"error GEN9999: 程序内部错误（{e.GetType().Name}：{e.Message}）。这不是您的数据的问题，请把这段文字和所用的数据文件一并报告给维护人员。");
            if (Environment.GetEnvironmentVariable("GENERATOR_DEBUG") == "1")
            {
                stderr.WriteLine(e);
            }

            return InternalError;
        }
    }

    private static int Help(string[] args, TextWriter stdout)
    {
        if (args.Length <= 1)
        {
            stdout.Write(Usage);
            return args.Length == 0 ? UsageError : Ok;
        }

        if (args.Length > 2)
        {
            throw new UsageException($"help 后面只写一个命令名，如 {CommandName.Of("help build")}。");
        }

        var section = HelpText.For(args[1])
            ?? throw new UsageException($"没有“{args[1]}”这个命令。可用的命令：{string.Join("、", HelpText.Commands.Select(c => c.Name))}。");
        stdout.Write(section);
        return Ok;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error GEN0401: {message}");
        stderr.WriteLine($"运行 {CommandName.Of("help")} 查看用法。");
        return UsageError;
    }
}
