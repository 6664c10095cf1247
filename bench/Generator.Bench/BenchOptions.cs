using System.Globalization;

namespace Generator.Bench;

/// <summary>The benchmark's options; the defaults cover the targets (2,000 reports; 10,000 for peak memory).</summary>
/// <param name="Bureaus">Bureaus of the main set (× <paramref name="Years"/> reports): throughput and no-op rebuild.</param>
/// <param name="BigBureaus">Bureaus of the big set, for peak memory; 0 skips it.</param>
/// <param name="PandocSample">Reports converted by pandoc for the reference point; 0 skips it.</param>
/// <param name="Budget">Seconds after which a measurement is not repeated further, so a slow engine still finishes in reasonable time.</param>
/// <param name="Work">Folder for data and outputs; null for a temporary folder that is deleted at the end.</param>
/// <param name="ImportPages">Reports whose saved web pages are imported in one run (and 20 of them one at a time), in this process; 0 skips it.</param>
/// <param name="SummaryBureaus">Bureaus summed in one <c>summary</c> run against a <c>build</c> of the same reports, in this process; 0 skips it.</param>
/// <param name="ServeSaves">Saves timed for serve's latency (a year file, then a template of 50 reports), in this process; 0 skips it.</param>
/// <param name="Engine">Which engine builds are timed: <c>native</c> (published ahead of time, as shipped), <c>jit</c> (as <c>dotnet run</c>) or <c>both</c>.</param>
internal sealed record BenchOptions(
    int Bureaus = 200,
    int Years = 10,
    int BigBureaus = 1000,
    int Repeat = 3,
    int BigRepeat = 1,
    int PandocSample = 100,
    int Budget = 60,
    int Seed = 20240601,
    string? Work = null,
    string? Markdown = null,
    string? Templates = null,
    string Engine = "both",
    int ImportPages = 1000,
    int SummaryBureaus = 3000,
    int ServeSaves = 40)
{
    public const string Usage = """
        usage: generator-bench [options]
               generator-bench adversarial [options]   (time per KB of adversarial inputs; see adversarial --help)

        Generates synthetic reports, validates them with the engine, then times builds in fresh child
        processes and prints a table (median of the repeats). Options (defaults in brackets):
          --bureaus N        bureaus of the main set, each with --years reports [200]
          --years N          years per bureau from 2019 (2019–2020: 2019 format, then 2021 format) [10]
          --big-bureaus N    bureaus of the big set for peak memory; 0 skips it [1000]
          --repeat N         runs of each measurement on the main set [3]
          --big-repeat N     runs of the big-set build [1]
          --budget S         stop repeating a measurement once its runs took S seconds [60]
          --pandoc-sample N  reports converted by pandoc for the reference point; 0 skips it [100]
          --seed N           seed of the synthetic data [20240601]
          --work DIR         keep data and outputs in DIR (default: a temporary folder, deleted at the end)
          --markdown FILE    also write the results as Markdown (for docs/PERFORMANCE.md)
          --templates DIR    templates folder [templates/ of the repository]
          --import-pages N   reports built, saved as web pages and imported back in this process: a folder of N
                             pages in one run and 20 one at a time, each against build of the same reports; 0 skips it [1000]
          --summary-bureaus N  bureaus summed in one summary run (2021, with 2020 for the year-over-year rule),
                             against build of the same reports, in this process; 0 skips it [3000]
          --serve-saves N    serve: a year file saved N times, then a template used by 50 reports saved N times, each
                             timed to the Server-Sent Event of the rebuilt report(s), in this process; 0 skips it [40]
          --engine E         native: the engine published ahead of time (as shipped; needs clang), judged
                             against the targets; jit: as `dotnet run`; both: native judged, JIT as reference [both]
        """;

    public int Reports => Bureaus * Years;

    public int BigReports => BigBureaus * Years;

    public bool Native => Engine is "native" or "both";

    public bool Jit => Engine is "jit" or "both";

    /// <returns>The options, or null with <paramref name="error"/> set (null too for --help, with no error).</returns>
    public static BenchOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new BenchOptions();
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value";
                return null;
            }

            var value = args[++i];
            int Number(int min) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
                ? n
                : throw new FormatException($"{name} needs a whole number ≥ {min}, not “{value}”");
            try
            {
                options = name switch
                {
                    "--bureaus" => options with { Bureaus = Number(1) },
                    "--years" => options with { Years = Number(1) },
                    "--big-bureaus" => options with { BigBureaus = Number(0) },
                    "--repeat" => options with { Repeat = Number(1) },
                    "--big-repeat" => options with { BigRepeat = Number(1) },
                    "--budget" => options with { Budget = Number(0) },
                    "--pandoc-sample" => options with { PandocSample = Number(0) },
                    "--seed" => options with { Seed = Number(0) },
                    "--import-pages" => options with { ImportPages = Number(0) },
                    "--summary-bureaus" => options with { SummaryBureaus = Number(0) },
                    "--serve-saves" => options with { ServeSaves = Number(0) },
                    "--work" => options with { Work = value },
                    "--markdown" => options with { Markdown = value },
                    "--templates" => options with { Templates = value },
                    "--engine" => value is "native" or "jit" or "both"
                        ? options with { Engine = value }
                        : throw new FormatException($"--engine is native, jit or both, not “{value}”"),
                    _ => throw new FormatException($"unknown option {name}"),
                };
            }
            catch (FormatException e)
            {
                error = e.Message;
                return null;
            }
        }

        return options;
    }
}
