namespace Generator.Bench.Measuring;

/// <summary>One run of a measurement in its own process.</summary>
/// <param name="BuildSeconds">Time of the measured call alone, inside the process (<see cref="double.NaN"/> for pandoc, which has no inside).</param>
/// <param name="WallSeconds">From starting the process(es) to their exit: what a user waits, start-up included.</param>
/// <param name="PeakMegabytes">Peak resident memory (VmHWM) of the process, MiB; null where not measured.</param>
internal sealed record RunResult(int Reports, double BuildSeconds, double WallSeconds, double? PeakMegabytes);
