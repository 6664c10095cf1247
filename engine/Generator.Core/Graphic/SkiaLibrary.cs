using SkiaSharp;

namespace Generator.Graphic;

/// <summary>
/// Whether Skia's native library (libSkiaSharp.so / libSkiaSharp.dll, shipped beside the executable) loads on this
/// machine. A staff member who copies only the executable out of its zip, or runs it on a system whose C library is
/// too old, must get every report and a warning without graphic.png (GEN0256), not an internal error: SkiaSharp
/// reports a missing library as a <see cref="TypeInitializationException"/> on first use, which would end the build.
/// </summary>
public static class SkiaLibrary
{
    private static readonly Lazy<string?> Failure = new(Probe);

    /// <summary>Skia's library as this system names it, for messages.</summary>
    public static string FileName => OperatingSystem.IsWindows() ? "libSkiaSharp.dll" : "libSkiaSharp.so";

    /// <summary>HarfBuzz's library (text shaping), shipped beside Skia's.</summary>
    public static string TextFileName => OperatingSystem.IsWindows() ? "libHarfBuzzSharp.dll" : "libHarfBuzzSharp.so";

    /// <summary>What to do when <see cref="Problem"/> is not null (build's warning and serve's answer say the same).</summary>
    public static string Hint => $"请把下载的压缩包完整解压，让 {FileName} 和 {TextFileName} 与 generator 程序放在同一文件夹";

    /// <summary>Null when the library loads; else what failed, for the warning (the loader's own words).</summary>
    public static string? Problem => Failure.Value;

    private static string? Probe()
    {
        try
        {
            // The cheapest call that goes through SkiaApi's type initializer and so loads the library.
            using var probe = new SKBitmap(1, 1);
            return null;
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            var inner = e;
            while (inner.InnerException is { } next)
            {
                inner = next;
            }

            return inner.Message;
        }
    }
}
