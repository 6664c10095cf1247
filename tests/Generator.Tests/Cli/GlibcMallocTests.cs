using Generator.Cli;

namespace Generator.Tests.Cli;

/// <summary>The allocator tuning at start-up: taken by glibc on Linux, harmless elsewhere.</summary>
public sealed class GlibcMallocTests
{
    [Fact]
    public void Glibc_takes_the_threshold_and_other_systems_are_left_alone()
    {
        var glibc = OperatingSystem.IsLinux() && File.Exists("/proc/self/maps")
            && File.ReadAllText("/proc/self/maps").Contains("libc.so.6", StringComparison.Ordinal);

        Assert.Equal(glibc, GlibcMalloc.Tune());
        Assert.Equal(glibc, GlibcMalloc.Tune()); // a second call (another command in the same process) is the same
    }
}
