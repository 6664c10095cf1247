namespace Generator.Bench.Measuring;

/// <summary>A measurement repeated a few times; the table shows the median of each figure.</summary>
/// <param name="Target">What the issue asks of this measurement, or null for a reference point.</param>
internal sealed record Measurement(string Name, IReadOnlyList<RunResult> Runs, Target? Target = null)
{
    public int Reports => Runs[0].Reports;

    public double BuildSeconds => Median(Runs.Select(r => r.BuildSeconds));

    public double WallSeconds => Median(Runs.Select(r => r.WallSeconds));

    public double? PeakMegabytes => Runs.All(r => r.PeakMegabytes is not null) ? Median(Runs.Select(r => r.PeakMegabytes!.Value)) : null;

    /// <summary>Reports per second of the measured call; for pandoc (no inside time) of the wall time.</summary>
    public double ReportsPerSecond => Reports / (double.IsNaN(BuildSeconds) ? WallSeconds : BuildSeconds);

    public bool? Passed => Target?.Check(this);

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
