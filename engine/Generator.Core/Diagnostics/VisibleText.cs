using System.Globalization;
using System.Text;

namespace Generator.Diagnostics;

/// <summary>
/// Text from data files shown in a terminal: control characters (ESC, BEL, NUL…, DEL, C1) and the bidi
/// controls that reorder a line are shown as <c>\x1b</c> or <c>\u202e</c>, so a file cannot set the window
/// title, write to the clipboard or disguise a message by putting terminal sequences into one.
/// </summary>
public static class VisibleText
{
    public static string Escape(string text, bool keepLineBreaks = false)
    {
        var first = IndexOfHidden(text, keepLineBreaks);
        if (first < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsHidden(c, keepLineBreaks))
            {
                sb.Append(c);
            }
            else if (c < 0x100)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static int IndexOfHidden(string text, bool keepLineBreaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsHidden(text[i], keepLineBreaks))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsHidden(char c, bool keepLineBreaks) =>
        c < ' ' ? c != '\t' && !(keepLineBreaks && c == '\n')
        : c is (>= '\u007F' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
