using System.Text;

namespace Generator.Graphic;

/// <summary>
/// Escaping for text a template prints into the SVG (every <c>{{ … }}</c> of the graphic template): data from
/// YAML (the agency's name, the title) can never close an element, open a tag or an entity, or end an attribute.
/// Characters XML 1.0 does not allow at all (most control characters, unpaired surrogates, U+FFFE/U+FFFF) would
/// make the whole file unreadable, so each becomes U+FFFD.
/// </summary>
public static class SvgText
{
    public static string Escape(string text)
    {
        if (!NeedsEscaping(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        sb.Append(c).Append(text[++i]);
                    }
                    else
                    {
                        sb.Append(IsAllowed(c) ? c : '\uFFFD');
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether XML 1.0 allows the (non-surrogate) character anywhere.</summary>
    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || (c >= ' ' && c < '\uD800') || (c > '\uDFFF' && c < '\uFFFE');

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or '"' or '\'' || !IsAllowed(c))
            {
                return true;
            }
        }

        return false;
    }
}
