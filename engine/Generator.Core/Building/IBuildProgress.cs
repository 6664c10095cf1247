namespace Generator.Building;

/// <summary>
/// Told how a build goes, for progress bars and log lines. Calls come from worker threads but never
/// at the same time, and reports arrive in data order.
/// </summary>
public interface IBuildProgress
{
    /// <summary>The reports to build are known.</summary>
    void Started(int reports);

    /// <summary>Another build writes to the same output folder; this one waits for it.</summary>
    void WaitingForLock();

    /// <summary>One report is done (built, up to date or failed).</summary>
    void Finished(ReportOutcome outcome);
}
