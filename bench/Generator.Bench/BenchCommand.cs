using System.Globalization;
using Generator.Bench.Measuring;
using Generator.Bench.Reporting;

namespace Generator.Bench;

/// <summary>
/// The benchmark: synthetic data, then each measurement in fresh child processes on the same data,
/// then the table. Throughput and the no-op rebuild use the main set; peak memory the big set.
/// </summary>
internal sealed class BenchCommand(BenchOptions options, string templates, TextWriter log)
{
    private static readonly string[] AllFormats = ["html", "md", "docx"];

    private readonly List<Measurement> _measurements = [];

    public int Run()
    {
        var machine = MachineInfo.Collect();
        var pandoc = options.PandocSample > 0 ? PandocReference.Version() : null;
        var work = options.Work ?? Path.Combine(Path.GetTempPath(), $"generator-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        try
        {
            log.WriteLine("== synthetic data");
            var main = DataSet.Create(Path.Combine(work, "data"), options.Bureaus, options.Years, options.Seed, templates, log);
            var big = options.BigBureaus > 0
                ? DataSet.Create(Path.Combine(work, "data-big"), options.BigBureaus, options.Years, options.Seed, templates, log)
                : null;

            var engines = Engines(work);
            if (engines.Count == 0)
            {
                return 2;
            }

            log.WriteLine($"== measurements (median of up to {options.Repeat} runs, fewer once a measurement took {options.Budget} s; each run a fresh process)");

            // The first engine is the one judged against the targets (native when there is one); the other
            // is measured on the same data as a reference: all formats and the no-op rebuild.
            var judged = engines[0];
            foreach (var format in AllFormats)
            {
                Build(judged, $"build {format}", main, Path.Combine(work, "out-" + format), [format], options.Repeat, null);
            }

            var allOut = Build(judged, "build all formats", main, Path.Combine(work, "out-all"), AllFormats, options.Repeat, Target.MinReportsPerSecond(1000));
            NoOp(judged, main, allOut, Target.MaxWallSeconds(1));
            if (big is not null)
            {
                Build(judged, "build all formats, big set", big, Path.Combine(work, "out-big"), AllFormats, options.BigRepeat, Target.MaxPeakMegabytes(300));
            }

            foreach (var reference in engines.Skip(1))
            {
                var referenceOut = Build(reference, "build all formats", main, Path.Combine(work, "out-all-" + reference.Name.ToLowerInvariant()), AllFormats, options.Repeat, null);
                NoOp(reference, main, referenceOut, null);
            }

            var sample = 0;
            if (pandoc is not null)
            {
                sample = Pandoc(allOut, work);
            }
            else if (options.PandocSample > 0)
            {
                log.WriteLine("pandoc not found: the reference point is left out (Debian: apt-get install pandoc)");
            }

            (string Text, string Markdown, bool Passed)? import = null;
            if (options.ImportPages > 0)
            {
                log.WriteLine($"== import: {options.ImportPages:N0} reports built, saved as web pages and imported back (in this process)");
                var pages = DataSet.Create(Path.Combine(work, "data-import"), Math.Max(1, options.ImportPages / options.Years), options.Years, options.Seed, templates, log);
                import = new ImportBench(pages, templates, work, sample: 20, log).Run();
            }

            (string Text, string Markdown, bool Passed)? summed = null;
            if (options.SummaryBureaus > 0)
            {
                log.WriteLine($"== summary: {options.SummaryBureaus:N0} bureaus summed in one run, against build of the same reports (in this process)");
                summed = new SummaryBench(options.SummaryBureaus, options.Seed, templates, work, log).Run();
            }

            (string Text, string Markdown, bool Passed)? served = null;
            if (options.ServeSaves > 0)
            {
                log.WriteLine($"== serve: save → the event carrying the rebuilt report, {options.ServeSaves} saves of a year file and of a template used by 50 reports (in this process)");
                served = new ServeBench(options.ServeSaves, options.Seed, templates, work, log).Run();
            }

            var summary = Summary(machine, pandoc, main, sample, engines);
            if (import is { } done)
            {
                summary = (summary.Text + Environment.NewLine + done.Text, summary.Markdown + Environment.NewLine + done.Markdown);
            }

            if (summed is { } sums)
            {
                summary = (summary.Text + Environment.NewLine + sums.Text, summary.Markdown + Environment.NewLine + sums.Markdown);
            }

            if (served is { } serve)
            {
                summary = (summary.Text + Environment.NewLine + serve.Text, summary.Markdown + Environment.NewLine + serve.Markdown);
            }

            log.WriteLine();
            log.Write(summary.Text);
            if (options.Markdown is not null)
            {
                File.WriteAllText(options.Markdown, summary.Markdown);
                log.WriteLine($"results written to {options.Markdown}");
            }

            return _measurements.All(m => m.Passed != false) && import?.Passed != false && summed?.Passed != false && served?.Passed != false ? 0 : 1;
        }
        finally
        {
            if (options.Work is null)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>The engines to time, the judged one first; empty (with the reason logged) when the native one was asked for and cannot be published.</summary>
    private List<BuildEngine> Engines(string work)
    {
        var engines = new List<BuildEngine>();
        if (options.Native)
        {
            log.WriteLine("== publishing the engine natively (dotnet publish -p:PublishAot=true)");
            var root = RepositoryPaths.Root();
            var executable = root is null ? null : NativePublish.Run(root, Path.Combine(work, "native"), log);
            if (executable is null)
            {
                log.WriteLine(root is null ? "repository not found: run from the repository, or pass --engine jit" : "pass --engine jit to time the JIT engine alone");
                return [];
            }

            engines.Add(BuildEngine.Native(executable));
        }

        if (options.Jit)
        {
            engines.Add(BuildEngine.Jit());
        }

        return engines;
    }

    /// <summary>
    /// A build into an empty out folder, a new one per run (<c>out-all.1</c>, <c>out-all.2</c>…); returns the
    /// last one. Folders are not deleted between runs: on a file system without a journal (this VM's ext4)
    /// the kernel skips recently freed inodes when it makes new files, so deleting 6,000 files just before
    /// a run would bill the next run for the benchmark's own clean-up (seconds of system time).
    /// </summary>
    private string Build(BuildEngine engine, string name, DataSet data, string outPrefix, IReadOnlyList<string> formats, int repeat, Target? target)
    {
        var runs = new List<RunResult>();
        var outFolder = outPrefix;
        while (More(runs, repeat))
        {
            outFolder = $"{outPrefix}.{runs.Count + 1}";
            if (Directory.Exists(outFolder))
            {
                // Left by an earlier benchmark in the same --work folder.
                Directory.Delete(outFolder, recursive: true);
            }

            runs.Add(Logged($"{name} ({engine.Name})", ChildRunner.Build(engine, data.Folder, templates, outFolder, formats)));
        }

        _measurements.Add(new Measurement($"{name} ({engine.Name})", runs, target));
        return outFolder;
    }

    /// <summary>
    /// The same build again into the out folder the all-formats build just filled, without deleting it:
    /// today every report is written again; with an incremental build, nothing is.
    /// </summary>
    private void NoOp(BuildEngine engine, DataSet data, string outFolder, Target? target)
    {
        var runs = new List<RunResult>();
        while (More(runs, options.Repeat))
        {
            runs.Add(Logged($"no-op rebuild ({engine.Name})", ChildRunner.Build(engine, data.Folder, templates, outFolder, AllFormats)));
        }

        _measurements.Add(new Measurement($"no-op rebuild, all formats ({engine.Name})", runs, target));
    }

    private int Pandoc(string allOut, string work)
    {
        var sample = PandocReference.Sample(allOut, options.PandocSample, options.Seed);
        foreach (var (format, name) in new[] { ("docx", "pandoc md → docx"), ("html", "pandoc md → html (standalone)") })
        {
            var runs = new List<RunResult>();
            while (More(runs, options.Repeat))
            {
                runs.Add(Logged(name, PandocReference.Convert(sample, format, Path.Combine(work, "pandoc"))));
            }

            _measurements.Add(new Measurement($"{name}, sample", runs));
        }

        return sample.Count;
    }

    /// <summary>Whether to run a measurement again: until <paramref name="repeat"/> runs, but never past the time budget.</summary>
    private bool More(List<RunResult> runs, int repeat) =>
        runs.Count == 0 || (runs.Count < repeat && runs.Sum(r => r.WallSeconds) < options.Budget);

    private RunResult Logged(string name, RunResult run)
    {
        var inside = double.IsNaN(run.BuildSeconds) ? string.Empty : $"build {run.BuildSeconds:0.00} s, ";
        var peak = run.PeakMegabytes is { } mb ? $", peak {mb:N0} MB" : string.Empty;
        log.WriteLine($"  {name}: {run.Reports:N0} reports, {inside}wall {run.WallSeconds:0.00} s{peak}");
        return run;
    }

    private (string Text, string Markdown) Summary(MachineInfo machine, string? pandoc, DataSet main, int sample, List<BuildEngine> engines)
    {
        var notes = new List<string>
        {
            $"Data: {main.Reports:N0} synthetic reports ({options.Bureaus:N0} bureaus × {options.Years} years from 2019, both formats, seed {options.Seed}); " +
            (options.BigBureaus > 0 ? $"big set {options.BigReports:N0} reports ({options.BigBureaus:N0} bureaus). " : "no big set. ") +
            $"The engine validated them with {main.Warnings} warnings and no errors.",
            $"Each engine run is a fresh process building in-process with ReportBuilder.Build; Build s is that call, Wall s the whole process (start-up included); median of the runs counted in Runs (up to {options.Repeat}, big set {options.BigRepeat}, fewer once a measurement's runs took {options.Budget} s).",
            "Build all formats is judged on Build s; the no-op rebuild (the same build again into the filled out folder, no --force) on Wall s; peak is VmHWM of the process.",
            engines[0].Name == "native"
                ? "native: this benchmark published ahead of time (dotnet publish -p:PublishAot=true, as the CLI ships), judged against the targets" +
                  (engines.Count > 1 ? "; JIT: the same program compiled just in time (as under dotnet run), a reference on the same data." : ".")
                : "JIT: this benchmark compiled just in time (as under dotnet run); the native engine was not measured (--engine jit).",
        };
        if (sample > 0)
        {
            var docx = _measurements.First(m => m.Name.StartsWith("pandoc md → docx", StringComparison.Ordinal));
            var html = _measurements.First(m => m.Name.StartsWith("pandoc md → html", StringComparison.Ordinal));
            var both = main.Reports * ((docx.WallSeconds + html.WallSeconds) / sample);
            notes.Add($"Pandoc ({pandoc}): one process per report on a sample of {sample} of the {main.Reports:N0} report.md files, converted to .docx and to standalone HTML; " +
                string.Create(CultureInfo.InvariantCulture, $"reports/s is sample / seconds, extrapolated: both conversions of all {main.Reports:N0} reports would take ≈ {both:N0} s."));
        }

        var machineLines = machine.Lines.Append((Name: "load average at end", Value: MachineInfo.CurrentLoad())).ToList();
        var text = ResultTable.Text(_measurements) + Environment.NewLine + string.Join(Environment.NewLine, notes) + Environment.NewLine + Environment.NewLine
            + string.Join(Environment.NewLine, machineLines.Select(l => $"{l.Name}: {l.Value}")) + Environment.NewLine;
        var markdown = ResultTable.Markdown(_measurements) + Environment.NewLine + string.Join(Environment.NewLine + Environment.NewLine, notes) + Environment.NewLine + Environment.NewLine
            + string.Join(Environment.NewLine, machineLines.Select(l => $"- {l.Name}: {l.Value}")) + Environment.NewLine;
        return (text, markdown);
    }
}
