using System.Text;
using System.Text.RegularExpressions;

namespace Generator.Import.Reading;

/// <summary>
/// The text of a saved web page: a byte order mark first, then the charset its <c>&lt;meta&gt;</c> declares
/// (portals still serve GBK and GB2312), then UTF-8 when the bytes are valid UTF-8, else GB18030, the
/// superset of every Chinese encoding a page of this kind uses.
/// </summary>
internal static partial class HtmlEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static HtmlEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (Declared(bytes) is { } declared)
        {
            return declared.GetString(bytes);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Chinese.GetString(bytes);
        }
    }

    private static Encoding Chinese => Encoding.GetEncoding("GB18030");

    /// <summary>The charset of the first <c>&lt;meta&gt;</c> that names one, from the page's first 4 KB (read as ASCII: the declaration is).</summary>
    private static Encoding? Declared(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = Charset().Match(head);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups[1].Value.ToLowerInvariant();
        return name switch
        {
            "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "euc-cn" or "x-euc-cn" or "windows-936" => Chinese,
            "utf-8" or "utf8" => Encoding.UTF8,
            _ => TryGet(name),
        };
    }

    private static Encoding? TryGet(string name)
    {
        try
        {
            // Only encodings that map ASCII to itself: the page was read as ASCII to find the declaration.
            var encoding = Encoding.GetEncoding(name);
            return encoding.GetString("<p>"u8) == "<p>" ? encoding : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Charset();
}
