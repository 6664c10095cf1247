using System.Diagnostics;
using Generator.Bench.Synthetic;
using Generator.Building;
using Generator.Diagnostics;

namespace Generator.Bench;

/// <summary>A synthetic data folder written and validated by the engine before anything is timed.</summary>
internal sealed record DataSet(string Folder, int Reports, int Warnings)
{
    /// <summary>Writes the data and validates it with <see cref="ReportBuilder.Validate"/>; throws when the engine finds any error.</summary>
    public static DataSet Create(string folder, int bureaus, int years, int seed, string templates, TextWriter log)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var watch = Stopwatch.StartNew();
        var reports = SyntheticData.Write(folder, bureaus, years, seed);
        log.WriteLine($"  wrote {reports:N0} reports ({bureaus:N0} bureaus × {years} years) to {folder} in {watch.Elapsed.TotalSeconds:0.0} s");
        watch.Restart();
        var validation = new ReportBuilder(new SourceTextCache()).Validate(new BuildOptions(folder, templates));
        var errors = validation.Diagnostics.Where(d => d.IsError).ToList();
        var warnings = validation.Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        log.WriteLine($"  validated in {watch.Elapsed.TotalSeconds:0.0} s: {errors.Count} errors, {warnings.Count} warnings");
        foreach (var d in errors.Concat(warnings).Take(20))
        {
            log.WriteLine($"    {d.Span.File}({d.Span.Line},{d.Span.Column}): {d.Severity} {d.Code}: {d.Message}");
        }

        if (errors.Count > 0 || validation.Failed > 0)
        {
            throw new InvalidOperationException($"the synthetic data has {errors.Count} errors ({validation.Failed} reports fail): the generator is broken");
        }

        return new DataSet(folder, reports, warnings.Count);
    }
}
