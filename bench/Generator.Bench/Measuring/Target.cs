namespace Generator.Bench.Measuring;

/// <summary>A target of the issue: its text for the table and the check of a measurement against it.</summary>
internal sealed record Target(string Text, Func<Measurement, bool> Check)
{
    public static Target MinReportsPerSecond(double rate) =>
        new($"≥ {rate:N0} reports/s", m => m.ReportsPerSecond >= rate);

    /// <summary>Judged on the wall time: a no-op rebuild is what a user waits for, process start-up included.</summary>
    public static Target MaxWallSeconds(double seconds) =>
        new($"≤ {seconds:0.#} s (wall)", m => m.WallSeconds <= seconds);

    public static Target MaxPeakMegabytes(double megabytes) =>
        new($"peak ≤ {megabytes:N0} MB", m => m.PeakMegabytes <= megabytes);
}
