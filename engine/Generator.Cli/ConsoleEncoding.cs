using System.Text;

namespace Generator.Cli;

/// <summary>
/// The encoding of what the program prints, so that Chinese reads right in <c>cmd.exe</c> and PowerShell as
/// well as in a Linux terminal. Linux and macOS: UTF-8. Windows: the console's own code page when it can show
/// Chinese — 936 (GBK, the default of Chinese Windows) or 65001 (UTF-8) — because that is also how <c>cmd</c>'s
/// <c>&gt; file</c> and PowerShell's pipes read a program's output; any other code page (437 on English
/// Windows) cannot show Chinese at all, so the console is switched to UTF-8. <c>GENERATOR_ENCODING</c>
/// (<c>utf-8</c> or <c>gbk</c>) overrides both.
/// </summary>
internal static class ConsoleEncoding
{
    public const string Variable = "GENERATOR_ENCODING";

    public const int Gbk = 936;
    public const int Utf8CodePage = 65001;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Sets the console's output encoding by <see cref="Choose"/>.</summary>
    public static void Apply()
    {
        var windows = OperatingSystem.IsWindows();
        if (windows)
        {
            // Code page 936 is not built into .NET: the provider brings it (it is part of the runtime, no package).
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }

        Console.OutputEncoding = Choose(windows, windows ? Console.OutputEncoding.CodePage : Utf8CodePage, Environment.GetEnvironmentVariable(Variable));
    }

    /// <summary>The pure rule, for tests: the system, the console's current output code page and the override.</summary>
    public static Encoding Choose(bool windows, int consoleCodePage, string? overridden)
    {
        switch (overridden?.Trim().ToLowerInvariant())
        {
            case "utf-8" or "utf8":
                return Utf8;
            case "gbk" or "936" or "gb2312":
                return Chinese();
        }

        return windows && consoleCodePage == Gbk ? Chinese() : Utf8;
    }

    /// <summary>GBK; a character it lacks (rare, from someone's data) prints as “?” rather than stopping the program.</summary>
    private static Encoding Chinese()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(Gbk, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
    }
}
