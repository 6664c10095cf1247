using System.Text;

namespace Generator.Rendering.Html;

/// <summary>
/// The one escaping of text for HTML, for element content and attribute values alike: the reports and
/// <c>out/index.html</c> use it, so a name that is safe in one is safe in the other.
/// </summary>
public static class HtmlText
{
    public static StringBuilder AppendEscaped(StringBuilder output, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '"': output.Append("&quot;"); break;
                case '\'': output.Append("&#39;"); break;
                case '\r': break;
                default:
                    // Control characters are not allowed in HTML text; drop them rather than publish garbage.
                    if (PrintableText.IsPrintable(text, i))
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        return output;
    }
}
