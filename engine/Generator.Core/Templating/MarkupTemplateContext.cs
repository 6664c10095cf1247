using Generator.Document.Building;
using Scriban;
using Scriban.Parsing;

namespace Generator.Templating;

/// <summary>
/// A Scriban context that escapes every value a template prints (<c>{{ … }}</c>) for the document
/// markup. Escaping by default means a template author cannot forget it: text from YAML can never
/// turn into a heading, a table cell boundary or a link.
/// </summary>
internal sealed class MarkupTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        RawMarkup raw => base.Write(span, raw.Text),
        null => this,
        _ => base.Write(span, Markup.Escape(ObjectToString(textAsObject) ?? string.Empty)),
    };
}
