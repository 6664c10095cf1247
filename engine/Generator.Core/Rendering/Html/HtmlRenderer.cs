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

    /// <summary>Writes text escaped for element content and attribute values alike (<see cref="HtmlText"/>).</summary>
    public HtmlRenderer WriteEscaped(string text)
    {
        HtmlText.AppendEscaped(Output, text);
        return this;
    }
}
