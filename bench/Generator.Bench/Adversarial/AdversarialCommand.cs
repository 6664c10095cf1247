using System.Diagnostics;
using System.Globalization;
using System.Text;
using Generator.Bench.Measuring;
using Generator.Bench.Reporting;

namespace Generator.Bench.Adversarial;

/// <summary>
/// <c>generator-bench adversarial</c>: every family at every size, each in a fresh child process with a
/// time limit, then a table of the time per KB (the pipeline's time on the input less its time on the
/// sample's own text, divided by the input's size) and, per family, the largest growth of the time per KB
/// from a smaller size to a larger one. Linear parsing keeps the ratio near 1; quadratic parsing doubles
/// it with each doubling of the size.
/// </summary>
internal sealed class AdversarialCommand(AdversarialOptions options, string root, TextWriter log)
{
    public int Run()
    {
        var machine = MachineInfo.Collect();
        var work = options.Work ?? Path.Combine(Path.GetTempPath(), $"generator-adversarial-{Environment.ProcessId}");
        var engine = BuildEngine.Jit();
        var families = AdversarialFamilies.All.Where(f => options.Families is null || options.Families.Contains(f.Name)).ToList();
        var rows = new List<FamilyResult>();
        try
        {
            log.WriteLine($"== adversarial inputs: {families.Count} families × sizes {string.Join(", ", options.Sizes)} KB (best of {options.Repeat}, limit {options.Limit} s per size)");
            foreach (var family in families)
            {
                var sizes = new List<SizeResult>();
                foreach (var kb in options.Sizes)
                {
                    var result = Measure(engine, family, kb, Path.Combine(work, family.Name));
                    sizes.Add(result);
                    log.WriteLine($"  {family.Name,-24} {kb,5} KB  {result.Describe()}");
                    if (result.TimedOut)
                    {
                        break;
                    }
                }

                rows.Add(new FamilyResult(family, sizes, options.MaxRatio));
            }
        }
        finally
        {
            if (options.Work is null && Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }

        var (text, markdown) = Table(rows, machine);
        log.WriteLine();
        log.Write(text);
        if (options.Markdown is not null)
        {
            File.WriteAllText(options.Markdown, markdown);
            log.WriteLine($"results written to {options.Markdown}");
        }

        return rows.All(r => r.Passed) ? 0 : 1;
    }

    private SizeResult Measure(BuildEngine engine, AdversarialFamily family, int kb, string work)
    {
        var start = engine.StartInfo([AdversarialChild.Command, family.Name, (kb * 1024).ToString(CultureInfo.InvariantCulture), work,
            options.Repeat.ToString(CultureInfo.InvariantCulture), root]);
        start.UseShellExecute = false;

        // Every method optimised at its first call: with tiered compilation a long single parse runs in
        // unoptimised code for a while, and how long depends on the moment, not on the input.
        start.Environment["DOTNET_TieredCompilation"] = "0";
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // The child writes its inputs, warms up and runs the base first: the limit is for the measured runs, so it gets a little more.
        if (!process.WaitForExit(TimeSpan.FromSeconds(options.Limit + 15)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return SizeResult.Stopped(kb, watch.Elapsed.TotalSeconds);
        }

        var line = stdout.Result.Split('\n').FirstOrDefault(l => l.StartsWith(AdversarialChild.ResultPrefix, StringComparison.Ordinal));
        if (process.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"the adversarial child failed (exit {process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        }

        var fields = line[AdversarialChild.ResultPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]);
        return new SizeResult(kb,
            int.Parse(fields["bytes"], CultureInfo.InvariantCulture),
            double.Parse(fields["seconds"], CultureInfo.InvariantCulture),
            double.Parse(fields["base"], CultureInfo.InvariantCulture),
            fields["built"] == "1",
            fields["errors"] == "-" ? string.Empty : fields["errors"]);
    }

    private (string Text, string Markdown) Table(List<FamilyResult> rows, MachineInfo machine)
    {
        var header = new List<string> { "Family", "Input" };
        header.AddRange(options.Sizes.Select(kb => $"{kb} KB"));
        header.AddRange(["floor", "ratio", "result", "outcome"]);
        var text = new StringBuilder();
        var markdown = new StringBuilder();
        markdown.Append("| ").AppendJoin(" | ", header).Append(" |\n|");
        markdown.AppendJoin("|", header.Select((h, i) => i >= 2 && i < 2 + options.Sizes.Count + 2 ? "--:" : "---")).Append("|\n");
        text.Append(CultureInfo.InvariantCulture, $"{"family",-24}").AppendJoin(string.Empty, options.Sizes.Select(kb => $"{kb + " KB",12}")).Append("   floor   ratio  result  outcome\n");
        foreach (var row in rows)
        {
            var cells = options.Sizes.Select(kb => row.Sizes.FirstOrDefault(s => s.Kb == kb) is { } size ? size.PerKb(row.BaseSeconds) : "–").ToList();
            text.Append(CultureInfo.InvariantCulture, $"{row.Family.Name,-24}").AppendJoin(string.Empty, cells.Select(c => $"{c,12}"))
                .Append(CultureInfo.InvariantCulture, $"{row.NoiseFloor,8:0.000}{row.RatioText,8}  {(row.Passed ? "PASS" : "FAIL"),-6}  {row.Outcome}\n");
            markdown.Append(CultureInfo.InvariantCulture, $"| {row.Family.Name} | {row.Family.Shape} | ").AppendJoin(" | ", cells)
                .Append(CultureInfo.InvariantCulture, $" | {row.NoiseFloor:0.000} | {row.RatioText} | {(row.Passed ? "PASS" : "**FAIL**")} | {row.Outcome} |\n");
        }

        var notes = new StringBuilder();
        notes.Append(CultureInfo.InvariantCulture, $"\nTime per KB in ms: (pipeline CPU time on the input − pipeline CPU time on the sample's own text) ÷ input KB, or for an input the engine refused its whole pipeline CPU time ÷ input KB (a refusal stops before the rendering the base includes); CPU time of the process (all threads, user + system), best of {options.Repeat} runs, JIT with tiered compilation off, one report (data/demo 2021, all three formats, nothing written). ")
            .Append(CultureInfo.InvariantCulture, $"ratio = largest growth of the time per KB from a smaller size to a larger one, each time per KB counted at least at the family's noise floor (how far its base spread between runs ÷ its smallest input); PASS when ≤ {options.MaxRatio.ToString(CultureInfo.InvariantCulture)} and no size ran past the limit ({options.Limit} s of wall time). ")
            .Append("Outcome: built, or the error codes the engine reported (an input that is refused is read, and refused, in linear time too).\n\n");
        foreach (var (name, value) in machine.Lines)
        {
            notes.Append(CultureInfo.InvariantCulture, $"- {name}: {value}\n");
        }

        notes.Append(CultureInfo.InvariantCulture, $"- load average at end: {MachineInfo.CurrentLoad()}\n");
        return (text.Append(notes).ToString(), markdown.Append(notes).ToString());
    }

    /// <summary>One size of one family: the input's size, the pipeline's best time on it and on the base.</summary>
    private sealed record SizeResult(int Kb, int Bytes, double Seconds, double BaseSeconds, bool Built, string Errors, bool TimedOut = false)
    {
        public static SizeResult Stopped(int kb, double wall) => new(kb, kb * 1024, wall, 0, false, string.Empty, true);

        /// <summary>Milliseconds per KB above this run's base; never below a microsecond per KB, so a ratio stays finite.</summary>
        public double MillisecondsPerKb => Above(BaseSeconds);

        /// <summary>
        /// Milliseconds per KB above <paramref name="baseSeconds"/>, at least a microsecond. An input the engine refuses
        /// is not compared with the base: the base renders every format and a refusal stops before rendering, so a
        /// refused 64 KB took less than the base (clamped to 0.001) and the larger sizes looked like growth from
        /// nothing. Its own whole time per KB counts instead (reading, checking and refusing it).
        /// </summary>
        public double Above(double baseSeconds) => Math.Max(0.001, (Seconds - (Built ? baseSeconds : 0)) * 1000 / (Bytes / 1024.0));

        public string PerKb(double baseSeconds) => TimedOut ? $"> {Seconds:0} s" : Above(baseSeconds).ToString("0.000", CultureInfo.InvariantCulture);

        public string Describe() => TimedOut
            ? $"stopped after {Seconds:0} s"
            : string.Create(CultureInfo.InvariantCulture, $"{Bytes / 1024.0,7:0} KB in {Seconds * 1000,9:0.0} ms (base {BaseSeconds * 1000:0.0} ms): {MillisecondsPerKb,8:0.000} ms/KB  {(Built ? "built" : Errors)}");
    }

    private sealed record FamilyResult(AdversarialFamily Family, IReadOnlyList<SizeResult> Sizes, double MaxRatio)
    {
        private IEnumerable<SizeResult> Finished => Sizes.Where(s => !s.TimedOut);

        /// <summary>
        /// The base is the same text at every size, so the family's best base counts for all of them: one
        /// child's base slowed by the machine (a second instead of milliseconds) would otherwise make its
        /// size look free and the ratio huge.
        /// </summary>
        public double BaseSeconds => Finished.Select(s => s.BaseSeconds).DefaultIfEmpty(0).Min();

        /// <summary>
        /// Time per KB that cannot be told from noise: how far the base (the same text in every child) spread
        /// between the children, over the smallest input. On this shared machine that is 0.05–0.2 ms per KB at
        /// 64 KB, while a refused input costs a hundredth of that; without the floor such a family showed
        /// "37×" between 0.001 and 0.037 ms per KB.
        /// </summary>
        public double NoiseFloor => Finished.Count() < 2 ? 0.001
            : Math.Max(0.001, (Finished.Max(s => s.BaseSeconds) - Finished.Min(s => s.BaseSeconds)) * 1000 / (Finished.Min(s => s.Bytes) / 1024.0));

        /// <summary>
        /// The largest growth of the time per KB from a smaller input to a larger one (superlinear reading grows
        /// it; a fixed cost spread over more input only shrinks it), each time per KB counted at least at the
        /// noise floor.
        /// </summary>
        public double? Ratio
        {
            get
            {
                var perKb = Finished.OrderBy(s => s.Bytes).Select(s => Math.Max(NoiseFloor, s.Above(BaseSeconds))).ToList();
                if (perKb.Count < 2)
                {
                    return null;
                }

                var (lowest, growth) = (perKb[0], 1.0);
                foreach (var value in perKb.Skip(1))
                {
                    growth = Math.Max(growth, value / lowest);
                    lowest = Math.Min(lowest, value);
                }

                return growth;
            }
        }

        public string RatioText => Sizes.Any(s => s.TimedOut) ? "∞" : Ratio is { } r ? r.ToString("0.0", CultureInfo.InvariantCulture) + "×" : "–";

        public bool Passed => !Sizes.Any(s => s.TimedOut) && Ratio is { } r && r <= MaxRatio;

        public string Outcome => string.Join("; ", Finished.GroupBy(s => s.Built ? "built" : s.Errors).Select(g => g.Key));
    }
}
