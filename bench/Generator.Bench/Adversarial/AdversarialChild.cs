using System.Diagnostics;
using System.Globalization;
using System.Text;
using Generator.Building;
using Generator.Diagnostics;

namespace Generator.Bench.Adversarial;

/// <summary>
/// The hidden subcommand <c>__adversarial</c>: one family at one size, in a fresh process (the parent
/// kills it when it runs past the time limit). It writes a data folder (the sample bureau
/// <c>data/demo</c>, year 2021) whose <c>other_matters</c> is the family's text, or a template folder whose
/// main template is, and times the whole report pipeline as <c>build</c> runs it (YAML, checks,
/// template, document, all three formats; nothing written): first with the sample's own short text
/// (the base), then with the family's. The best of the repeats of each is printed. Time is the
/// process's CPU time (user and system, all threads), not wall time: the benchmark shares a small
/// machine with other work, which stretches wall time but not the CPU time of this process.
/// </summary>
internal static class AdversarialChild
{
    public const string Command = "__adversarial";

    public const string ResultPrefix = "ADVERSARIAL-RESULT";

    /// <summary>Largest year file written, a little under the engine's limit (1 MiB).</summary>
    private const long FileLimit = 1_040_000;

    /// <summary>Arguments: family name, size in bytes, work folder, repeats, repository root.</summary>
    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count != 5)
        {
            Console.Error.WriteLine($"usage: {Command} <family> <bytes> <work> <repeat> <repository>");
            return 2;
        }

        var family = AdversarialFamilies.All.Single(f => f.Name == args[0]);
        var bytes = int.Parse(args[1], CultureInfo.InvariantCulture);
        var work = args[2];
        var repeat = int.Parse(args[3], CultureInfo.InvariantCulture);
        var root = args[4];

        var (baseData, baseTemplates) = Write(Path.Combine(work, "base"), root, family.Place, null);
        var text = family.Make(bytes);
        var (data, templates) = Write(Path.Combine(work, "input"), root, family.Place, text);

        // The year file must stay under the engine's 1 MB limit with its indentation added: short lines cost
        // two bytes each more. A text that does not fit is made smaller, and its own size is what is reported.
        // The size asked of the family is scaled, not the text's byte count: families count characters, and a
        // line of 项 (3 bytes, 1 character) made the two cancel out, so the file never shrank (deepening lists
        // "ran past 75 s" at 960 KB in the loop here, never in the engine).
        var yearFile = Path.Combine(data, "demo", "2021.yaml");
        var asked = bytes;
        while (new FileInfo(yearFile).Length > FileLimit)
        {
            asked = (int)(asked * 0.97 * FileLimit / new FileInfo(yearFile).Length);
            text = family.Make(asked);
            (data, templates) = Write(Path.Combine(work, "input"), root, family.Place, text);
        }

        // The first build pays for loading and compiling the engine; it is not counted.
        Time(baseData, baseTemplates, work);
        var baseSeconds = Best(baseData, baseTemplates, work, repeat, out _);
        var seconds = Best(data, templates, work, repeat, out var result);
        var codes = string.Join(',', result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Distinct().Order(StringComparer.Ordinal));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ResultPrefix} bytes={Encoding.UTF8.GetByteCount(text)} seconds={seconds:R} base={baseSeconds:R} built={result.Reports.Count} errors={(codes.Length == 0 ? "-" : codes)}"));
        return 0;
    }

    private static double Best(string data, string templates, string work, int repeat, out BuildResult result)
    {
        var best = double.MaxValue;
        result = null!;
        var total = Stopwatch.StartNew();

        for (var i = 0; i < repeat; i++)
        {
            (var seconds, result) = Time(data, templates, work);
            best = Math.Min(best, seconds);

            // A slow input is not repeated for long: one run that took seconds is measurement enough.
            if (total.Elapsed.TotalSeconds > 5)
            {
                break;
            }
        }

        return best;
    }

    private static (double Seconds, BuildResult Result) Time(string data, string templates, string work)
    {
        var options = new BuildOptions(data, templates, Path.Combine(work, "out"), "demo", 2021, DryRun: true, MaxParallelism: 1);
        var builder = new ReportBuilder(new SourceTextCache());

        // The garbage of the previous run is not this run's cost.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var self = Process.GetCurrentProcess();
        var before = self.TotalProcessorTime;
        var result = builder.Build(options);
        self.Refresh();
        return ((self.TotalProcessorTime - before).TotalSeconds, result);
    }

    /// <summary>Writes data and templates for one input; <paramref name="text"/> null keeps the sample's own.</summary>
    private static (string Data, string Templates) Write(string folder, string root, InputPlace place, string? text)
    {
        var data = Path.Combine(folder, "data", "demo");
        var templates = Path.Combine(folder, "templates");
        Directory.CreateDirectory(data);
        File.Copy(Path.Combine(root, "data", "demo", "bureau.yaml"), Path.Combine(data, "bureau.yaml"), overwrite: true);
        CopyFolder(Path.Combine(root, "templates"), templates);
        var year = File.ReadAllText(Path.Combine(root, "data", "demo", "2021.yaml"));
        if (text is not null && place == InputPlace.Narrative)
        {
            year = WithOtherMatters(year, text);
        }

        if (text is not null && place == InputPlace.Template)
        {
            File.WriteAllText(Path.Combine(templates, "2021", "report.scriban"), "# 标题\n\n" + text + "\n");
        }

        File.WriteAllText(Path.Combine(data, "2021.yaml"), year);
        return (Path.Combine(folder, "data"), templates);
    }

    /// <summary>The year file with <c>other_matters</c> replaced by a literal block holding <paramref name="text"/>.</summary>
    private static string WithOtherMatters(string year, string text)
    {
        var lines = year.Split('\n').ToList();
        var start = lines.FindIndex(l => l.StartsWith("other_matters:", StringComparison.Ordinal));
        var end = start + 1;
        while (end < lines.Count && (lines[end].StartsWith(' ') || lines[end].Length == 0))
        {
            end++;
        }

        // An explicit indentation (|2) so that a first line starting with spaces stays content.
        var block = new StringBuilder("other_matters: |2\n");
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            // An empty line stays empty: a line of spaces alone in a text block is a mistake the engine reports.
            block.Append(line.Length == 0 ? string.Empty : "  ").Append(line).Append('\n');
        }

        lines.RemoveRange(start, end - start);
        lines.Insert(start, block.ToString());
        return string.Join('\n', lines);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
