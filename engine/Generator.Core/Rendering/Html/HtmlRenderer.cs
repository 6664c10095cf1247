using System.Text;
using Generator.Document;

namespace Generator.Rendering.Html;

/// <summary>Renders the document model to HTML elements; <see cref="HtmlReportWriter"/> wraps them in a standalone page.</summary>
public sealed class HtmlRenderer : DocumentRenderer<HtmlRenderer>
{
    public HtmlRenderer(StringBuilder output)
    {
        Output = output;
    }

    public StringBuilder Output { get; }

    public HtmlRenderer Write(string raw)
    {
        Output.Append(raw);
        return this;
    }

    /// <summary>Writes text escaped for element content and attribute values alike.</summary>
    public HtmlRenderer WriteEscaped(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': Output.Append("&amp;"); break;
                case '<': Output.Append("&lt;"); break;
                case '>': Output.Append("&gt;"); break;
                case '"': Output.Append("&quot;"); break;
                case '\'': Output.Append("&#39;"); break;
                case '\r': break;
                default:
                    // Control characters are not allowed in HTML text; drop them rather than publish garbage.
                    if (PrintableText.IsPrintable(text, i))
                    {
                        Output.Append(c);
                    }

                    break;
            }
        }

        return this;
    }
}
