using System.Text;

namespace Generator.Import.Reading;

/// <summary>
/// White space as published reports have it, made plain: non-breaking and full-width spaces are spaces,
/// a line break that an editor or Word's HTML export put between two Chinese characters is nothing, any
/// other run of white space is one space, invisible characters are dropped.
/// </summary>
internal static class TextTidy
{
    public static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (IsSpace(c))
            {
                pendingSpace = true;
                pendingBreak |= c is '\n' or '\r';
                continue;
            }

            if (pendingSpace && result.Length > 0)
            {
                // A line wrapped next to a Chinese character (in the HTML source, a PDF's justified lines) is no space a reader sees.
                if (!(pendingBreak && (IsWide(result[^1]) || IsWide(c))))
                {
                    result.Append(' ');
                }
            }

            pendingSpace = pendingBreak = false;
            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Spaces of every width, tabs and line breaks.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u3000' or '\u2002' or '\u2003' or '\u2009' or '\u202F' or '\u205F';

    /// <summary>Chinese characters and full-width punctuation, between which a wrapped line is no space.</summary>
    public static bool IsWide(char c) => c >= '\u2E80';

    /// <summary>The text without any white space, for comparing labels that wrapped or were spaced out (“自然 人”).</summary>
    public static string Squeeze(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD'))
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
