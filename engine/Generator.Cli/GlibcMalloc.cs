using System.Runtime.InteropServices;

namespace Generator.Cli;

/// <summary>
/// Makes the C library's allocator reuse freed blocks of up to 32 MB instead of mapping fresh memory for each
/// block over 128 KB (Linux, glibc). The native libraries allocate such blocks over and over in one run: Skia lists
/// every font under /usr/share/fonts at its first font and FreeType allocates several hundred KB for each face of
/// a Noto CJK collection (40 faces here), then frees them. Every fresh mapping is page faults again: a one-report
/// build took 17,300 page faults before and 11,900 after (docs/PERFORMANCE.md, “启动时间”). Freed memory at the top of
/// the heap is still given back to the system as before.
/// </summary>
internal static partial class GlibcMalloc
{
    /// <summary>glibc's <c>M_MMAP_THRESHOLD</c>.</summary>
    private const int MmapThreshold = -3;

    /// <summary>The largest threshold glibc accepts on 64-bit systems (<c>DEFAULT_MMAP_THRESHOLD_MAX</c>).</summary>
    public const int Threshold = 32 * 1024 * 1024;

    /// <summary>Sets the threshold; whether it was set (false on Windows, macOS, or a C library without <c>mallopt</c>).</summary>
    public static bool Tune()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return mallopt(MmapThreshold, Threshold) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has no such tuning): the program runs as it would without.
            return false;
        }
    }

#pragma warning disable SA1300, IDE1006 // The C library's name.
    [LibraryImport("libc")]
    private static partial int mallopt(int parameter, int value);
#pragma warning restore SA1300, IDE1006
}
