using System.Diagnostics;
using System.Globalization;
using Generator.Bench.Synthetic;
using Generator.Building;
using Generator.Diagnostics;
using Generator.Summary;

namespace Generator.Bench.Measuring;

/// <summary>
/// 汇总 of many bureaus, in this process: synthetic bureaus with two years (the year before is there, so the
/// beyond-reason rule runs as it does on real data), one <c>summary</c> of the later year against one <c>build</c>
/// of the same reports (all formats), reported as a ratio because this VM's speed varies too much for absolute
/// times alone. The managed heap is sampled during the summary: it must stay bounded (no report kept once summed),
/// far below what the reports themselves would take.
/// </summary>
internal sealed class SummaryBench(int bureaus, int seed, string templates, string work, TextWriter log)
{
    private const int Year = 2021;

    public (string Text, string Markdown, bool Passed) Run()
    {
        var data = Path.Combine(work, "summary-data");
        var outFolder = Path.Combine(work, "summary-out");
        foreach (var folder in new[] { data, outFolder })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        SyntheticData.Write(data, bureaus, years: 2, seed, firstYear: Year - 1);

        var clock = Stopwatch.StartNew();
        var built = new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(data, templates, outFolder, Year: Year, Formats: ["html", "md", "docx"], Force: true));
        var buildSeconds = clock.Elapsed.TotalSeconds;

        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        long peak = before;
        using var sampler = new Timer(_ => InterlockedMax(ref peak, GC.GetTotalMemory(false)), null, 0, 20);
        clock.Restart();
        var summary = new SummaryRun(new SummaryOptions(data, templates, outFolder, Year), new SourceTextCache()).Run();
        var summarySeconds = clock.Elapsed.TotalSeconds;
        InterlockedMax(ref peak, GC.GetTotalMemory(false));

        var summed = summary.Bureaus.Count(b => b.Summed);
        var passed = summary.Succeeded && summed == bureaus && built.Reports.Count == bureaus;
        var ratio = summarySeconds / Math.Max(buildSeconds, 1e-9);
        var heapMb = (peak - before) / 1024.0 / 1024.0;
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  summary of {bureaus:N0} bureaus: {summarySeconds:0.00} s; build of the same {built.Reports.Count:N0} reports: {buildSeconds:0.00} s; ratio {ratio:0.00}; managed heap grew by at most {heapMb:0} MB"));
        var rows = new[]
        {
            ("build all formats, the same reports (reference)", built.Reports.Count, buildSeconds, "reference", string.Empty),
            ($"summary (board, totals ×3, workbook, anomalies)", summed, summarySeconds, "all summed", passed ? "PASS" : "FAIL"),
        };
        var note = string.Create(CultureInfo.InvariantCulture,
            $"Summary ÷ build of the same reports: {ratio:0.00}. In this process (JIT, warm after the build); the managed heap grew by at most {heapMb:0} MB during the summary (sampled every 20 ms), {summary.Anomalies.Count:N0} anomalies listed.");
        var text = string.Join(Environment.NewLine, rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Item1,-52} {r.Item2,6:N0} {r.Item3,8:0.00} s  {r.Item4} {r.Item5}"))) + Environment.NewLine + note + Environment.NewLine;
        var markdown = "| Summary measurement | Reports | Seconds | Target | Result |\n|---|--:|--:|---|---|\n"
            + string.Concat(rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"| {r.Item1} | {r.Item2:N0} | {r.Item3:0.00} | {r.Item4} | {r.Item5} |\n")))
            + Environment.NewLine + note + Environment.NewLine;
        return (text, markdown, passed);
    }

    private static void InterlockedMax(ref long target, long value)
    {
        for (var current = Interlocked.Read(ref target); value > current; current = Interlocked.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, current) == current)
            {
                return;
            }
        }
    }
}
