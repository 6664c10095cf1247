using Generator.Building;
using Spectre.Console;

namespace Generator.Cli.Progress;

/// <summary>
/// A progress bar on an interactive terminal (Spectre.Console): reports done out of all, elapsed and
/// remaining time. Lines for individual reports are left out; the summary and change report follow.
/// </summary>
internal sealed class LiveProgress(ProgressTask task) : IBuildProgress
{
    public void Started(int reports) => task.MaxValue = Math.Max(reports, 1);

    public void WaitingForLock() => task.Description = "等待另一个生成过程结束";

    public void Finished(ReportOutcome outcome)
    {
        task.Description = "生成报告";
        task.Increment(1);
    }

    /// <summary>Whether to draw a bar: a real terminal, not redirected, not CI (where a bar only litters the log).</summary>
    public static bool Wanted(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs <paramref name="build"/> under a progress bar.</summary>
    public static T Run<T>(Func<IBuildProgress, T> build) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context => build(new LiveProgress(context.AddTask("生成报告", maxValue: 1))));
}
