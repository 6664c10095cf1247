using System.Buffers;
using System.Text;

namespace Generator.Rendering;

/// <summary>
/// The UTF-8 bytes (no byte order mark) of text a renderer built in a StringBuilder, without making a
/// string of it first: the characters go through a pooled buffer, so a report's text is not allocated
/// twice more (string, then bytes) on its way to the file.
/// </summary>
internal static class Utf8Output
{
    private static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Of(StringBuilder text) => Encode(text, trimEnd: false);

    /// <summary>The text without trailing white space, ending with exactly one line feed.</summary>
    public static byte[] OfLines(StringBuilder text) => Encode(text, trimEnd: true);

    private static byte[] Encode(StringBuilder text, bool trimEnd)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(text.Length, 1));
        try
        {
            var chars = buffer.AsSpan(0, text.Length);
            text.CopyTo(0, chars, text.Length);
            if (trimEnd)
            {
                chars = chars.TrimEnd();
            }

            var extra = trimEnd ? 1 : 0;
            var bytes = new byte[Encoding.GetByteCount(chars) + extra];
            Encoding.GetBytes(chars, bytes);
            if (trimEnd)
            {
                bytes[^1] = (byte)'\n';
            }

            return bytes;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
