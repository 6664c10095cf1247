using System.Diagnostics;
using System.Globalization;
using Generator.Building;
using Generator.Diagnostics;
using Generator.Import;

namespace Generator.Bench.Measuring;

/// <summary>
/// Import speed, in this process: the synthetic reports are built (all formats, as <c>build</c> does) and their
/// web pages saved into one folder; then the folder is imported in one run (<see cref="Importer.Import"/>: read,
/// recognise, write, the checks of validate), and one report at a time is built and imported on a sample, so
/// that import is judged against building the same report in the same run (this VM's speed varies too much
/// for absolute times alone). Target: one report imported in ≤ 50 ms.
/// </summary>
internal sealed class ImportBench(DataSet data, string templates, string work, int sample, TextWriter log)
{
    public const double TargetMilliseconds = 50;

    public (string Text, string Markdown, bool Passed) Run()
    {
        var builtFolder = Path.Combine(work, "import-built");
        var pages = Path.Combine(work, "import-pages");
        var target = Path.Combine(work, "import-data");
        Reset(builtFolder, pages, target);

        // Reference: build of the same reports, all formats, one call.
        var clock = Stopwatch.StartNew();
        var built = new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(data.Folder, templates, builtFolder, Force: true));
        var buildSeconds = clock.Elapsed.TotalSeconds;
        var reports = built.Reports.Count;
        foreach (var report in built.Reports)
        {
            File.Copy(Path.Combine(builtFolder, report.BureauId, report.Year.ToString(CultureInfo.InvariantCulture), "report.html"),
                Path.Combine(pages, $"{report.BureauId}-{report.Year}.html"));
        }

        CopyBureaus(target);
        clock.Restart();
        var imported = new Importer(new SourceTextCache()).Import(new ImportOptions([pages], target, TemplatesFolder: templates));
        var importSeconds = clock.Elapsed.TotalSeconds;
        var failed = imported.Files.Count(f => f.Written is null);
        var unread = imported.Files.Sum(f => f.CellsUnread);
        log.WriteLine($"  import of a folder of {imported.Files.Count:N0} pages: {importSeconds:0.00} s ({failed} not imported, {unread} cells unread); build of the same {reports:N0} reports: {buildSeconds:0.00} s");

        // One report at a time, on a sample: build it alone, import its page alone (both warm: the folder runs came first).
        var picked = built.Reports.Where((_, i) => i % Math.Max(1, reports / sample) == 0).Take(sample).ToList();
        var oneBuild = new List<double>();
        var oneImport = new List<double>();
        foreach (var report in picked)
        {
            var one = Path.Combine(work, "import-one");
            Reset(one);
            clock.Restart();
            new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(data.Folder, templates, Path.Combine(one, "out"), report.BureauId, report.Year, Force: true));
            oneBuild.Add(clock.Elapsed.TotalMilliseconds);
            CopyBureaus(Path.Combine(one, "data"), report.BureauId);
            clock.Restart();
            new Importer(new SourceTextCache()).Import(new ImportOptions([Path.Combine(pages, $"{report.BureauId}-{report.Year}.html")], Path.Combine(one, "data"), report.BureauId, TemplatesFolder: templates));
            oneImport.Add(clock.Elapsed.TotalMilliseconds);
        }

        var perReport = importSeconds * 1000 / Math.Max(1, imported.Files.Count);
        var buildPerReport = buildSeconds * 1000 / Math.Max(1, reports);
        var medianImport = Median(oneImport);
        var medianBuild = Median(oneBuild);
        var passed = failed == 0 && unread == 0 && perReport <= TargetMilliseconds && medianImport <= TargetMilliseconds;
        var rows = new[]
        {
            ("build all formats, folder of reports (reference)", reports, buildSeconds, buildPerReport, "reference", string.Empty),
            ("import, folder of saved pages", imported.Files.Count, importSeconds, perReport, $"≤ {TargetMilliseconds:0} ms/report", perReport <= TargetMilliseconds && failed == 0 && unread == 0 ? "PASS" : "FAIL"),
            ($"build one report, median of {picked.Count} (reference)", picked.Count, oneBuild.Sum() / 1000, medianBuild, "reference", string.Empty),
            ($"import one page, median of {picked.Count}", picked.Count, oneImport.Sum() / 1000, medianImport, $"≤ {TargetMilliseconds:0} ms/report", medianImport <= TargetMilliseconds ? "PASS" : "FAIL"),
        };
        var ratio = string.Create(CultureInfo.InvariantCulture, $"Import ÷ build of the same reports: {perReport / buildPerReport:0.00} (folder), {medianImport / medianBuild:0.00} (one report). ");
        var note = ratio + $"In this process (JIT, warm); import includes reading the page, recognising it, writing the year file and the checks of validate; {failed} pages not imported, {unread} cells unread.";
        var text = string.Join(Environment.NewLine, rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Item1,-52} {r.Item2,6:N0} {r.Item3,8:0.00} s {r.Item4,8:0.0} ms/report  {r.Item5} {r.Item6}"))) + Environment.NewLine + note + Environment.NewLine;
        var markdown = "| Import measurement | Reports | Seconds | ms/report | Target | Result |\n|---|--:|--:|--:|---|---|\n"
            + string.Concat(rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"| {r.Item1} | {r.Item2:N0} | {r.Item3:0.00} | {r.Item4:0.0} | {r.Item5} | {r.Item6} |\n")))
            + Environment.NewLine + note + Environment.NewLine;
        return (text, markdown, passed);
    }

    private void CopyBureaus(string target, string? only = null)
    {
        foreach (var folder in Directory.EnumerateDirectories(data.Folder).Where(f => only is null || Path.GetFileName(f) == only))
        {
            var to = Directory.CreateDirectory(Path.Combine(target, Path.GetFileName(folder))).FullName;
            File.Copy(Path.Combine(folder, "bureau.yaml"), Path.Combine(to, "bureau.yaml"), overwrite: true);
        }
    }

    private static void Reset(params string[] folders)
    {
        foreach (var folder in folders)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
        }
    }

    private static double Median(List<double> values) => values.Count == 0 ? double.NaN : values.Order().ElementAt(values.Count / 2);
}
