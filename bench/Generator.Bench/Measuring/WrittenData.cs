using System.Diagnostics;

namespace Generator.Bench.Measuring;

/// <summary>
/// Flushes what earlier runs wrote before the next run is timed (<c>sync</c>). Linux writes dirty file
/// data back 30 s after it was written, on kernel threads that share the two cores: without this, the
/// 20,000 files of the per-format runs could be written out while a later run is timed. Each run still
/// leaves its own write-back to the kernel, as a real build does.
/// </summary>
internal static class WrittenData
{
    public static void Flush()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false });
        sync?.WaitForExit();
    }
}
