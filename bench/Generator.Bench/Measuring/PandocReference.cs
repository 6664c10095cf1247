using System.Diagnostics;

namespace Generator.Bench.Measuring;

/// <summary>
/// The reference point: pandoc turning each report's generated <c>report.md</c> (the same content)
/// into Word and into a standalone HTML page, one pandoc process per report as a simple script would.
/// Run on a sample; the reports/s of the sample stands for the whole set.
/// </summary>
internal static class PandocReference
{
    public const string Program = "pandoc";

    /// <summary>The first line of <c>pandoc --version</c>, or null when pandoc is not installed.</summary>
    public static string? Version()
    {
        try
        {
            var start = new ProcessStartInfo(Program, "--version") { RedirectStandardOutput = true, UseShellExecute = false };
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var first = process.StandardOutput.ReadLine();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? first : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary><paramref name="count"/> Markdown reports of <paramref name="outFolder"/>, a seeded random choice so both formats and all years occur.</summary>
    public static IReadOnlyList<string> Sample(string outFolder, int count, int seed)
    {
        var all = Directory.EnumerateFiles(outFolder, "report.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(all);
        return [.. all.Take(count).Order(StringComparer.Ordinal)];
    }

    /// <param name="toFormat">"docx" or "html" (standalone page).</param>
    public static RunResult Convert(IReadOnlyList<string> markdownFiles, string toFormat, string scratch)
    {
        Directory.CreateDirectory(scratch);
        WrittenData.Flush();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < markdownFiles.Count; i++)
        {
            var start = new ProcessStartInfo(Program) { UseShellExecute = false, RedirectStandardError = true };
            start.ArgumentList.Add(markdownFiles[i]);
            start.ArgumentList.Add("-o");
            start.ArgumentList.Add(Path.Combine(scratch, $"{i}.{toFormat}"));
            if (toFormat == "html")
            {
                // Standalone needs a title; pagetitle sets <title> without adding a heading to the page.
                start.ArgumentList.Add("--standalone");
                start.ArgumentList.Add("--metadata=pagetitle:report");
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start pandoc");
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"pandoc failed on {markdownFiles[i]} (exit {process.ExitCode}): {stderr}");
            }
        }

        watch.Stop();
        return new RunResult(markdownFiles.Count, double.NaN, watch.Elapsed.TotalSeconds, null);
    }
}
