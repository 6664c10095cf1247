using Generator.Building;

namespace Generator.Cli.Progress;

/// <summary>Progress as plain lines, one per report in data order: for redirected output, logs and CI.</summary>
internal sealed class PlainProgress(TextWriter stdout, bool dryRun) : IBuildProgress
{
    public void Started(int reports)
    {
    }

    public void WaitingForLock() => stdout.WriteLine("另一个生成过程正在写入同一输出文件夹，等待它结束……");

    public void Finished(ReportOutcome outcome) => stdout.WriteLine(OutcomeText.Line(outcome, dryRun));
}
