namespace Generator.Rendering;

/// <summary>
/// Which characters of model text a renderer writes. Control characters (C0 but tab and line feed,
/// DEL, C1) and unpaired surrogates cannot be carried by XML 1.0 (Word) nor are allowed in HTML text,
/// and they only hide in Markdown; every format drops them the same way, so the formats never differ.
/// </summary>
internal static class PrintableText
{
    /// <summary>
    /// Whether every character of <paramref name="text"/> is written and none is a tab or line feed, found
    /// by a few vectorised scans instead of a look at each character. Text with surrogates answers no:
    /// their pairing needs <see cref="IsPrintable"/>.
    /// </summary>
    public static bool IsPlain(ReadOnlySpan<char> text) =>
        !text.ContainsAnyExceptInRange(' ', '~') // printable ASCII, such as every figure: one scan
        || (!text.ContainsAnyInRange('\u0000', '\u001F')
        && !text.ContainsAnyInRange('\u007F', '\u009F')
        && !text.ContainsAnyInRange('\uD800', '\uDFFF')
        && !text.ContainsAny('\uFFFE', '\uFFFF'));

    /// <summary>Whether <c>text[index]</c> is written.</summary>
    public static bool IsPrintable(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index > 0 && char.IsHighSurrogate(text[index - 1]);
        }

        return (c >= ' ' || c is '\t' or '\n') && c is not ('\uFFFE' or '\uFFFF') && (c < '\u007F' || c > '\u009F');
    }
}
