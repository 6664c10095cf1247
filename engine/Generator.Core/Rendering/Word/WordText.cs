namespace Generator.Rendering.Word;

/// <summary>Which characters may go into WordprocessingML text: XML 1.0 forbids most control characters and lone surrogates.</summary>
internal static class WordText
{
    /// <summary>Whether <c>text[index]</c> can be written; control characters and unpaired surrogates are dropped, as in the HTML output.</summary>
    public static bool IsAllowed(string text, int index)
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

        return c >= ' ' && c is not ('\uFFFE' or '\uFFFF') && (c < '\u007F' || c > '\u009F');
    }
}
