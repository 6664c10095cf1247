using Generator.Import;
using Spectre.Console;

namespace Generator.Cli.Progress;

/// <summary>
/// Progress of an import: a bar on an interactive terminal (as <see cref="LiveProgress"/> for build), else one line
/// per file as it is done, for logs and CI.
/// </summary>
internal sealed class ImportProgress(TextWriter? stdout, ProgressTask? task = null) : IImportProgress
{
    public void Started(int files)
    {
        if (task is not null)
        {
            task.MaxValue = Math.Max(files, 1);
        }
    }

    public void Finished(FileImport file)
    {
        if (task is not null)
        {
            task.Increment(1);
            return;
        }

        if (file.Input.Length > 0)
        {
            stdout?.WriteLine(ImportSummary.Line(file));
        }
    }

    public static ImportResult Live(Func<IImportProgress, ImportResult> import) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(context => import(new ImportProgress(null, context.AddTask("导入报告", maxValue: 1))));
}
