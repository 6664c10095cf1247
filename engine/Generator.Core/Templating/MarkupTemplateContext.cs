using System.Collections.Concurrent;
using Generator.Document.Building;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Generator.Templating;

/// <summary>
/// A Scriban context that escapes every value a template prints (<c>{{ … }}</c>) for the document
/// markup. Escaping by default means a template author cannot forget it: text from YAML can never
/// turn into a heading, a table cell boundary or a link.
/// </summary>
internal sealed class MarkupTemplateContext : TemplateContext
{
    /// <summary>
    /// Member accessors by .NET type, shared by every context: Scriban keeps them per context, so each
    /// report reflected over the model's types again (about a tenth of its template time). Sharing is
    /// sound because every context is set up with the same member filter and renamer (see
    /// <see cref="ReportTemplateRenderer"/>), and an accessor is read-only once built.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> Accessors = new();

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        RawMarkup raw => base.Write(span, raw.Text),
        null => this,
        _ => base.Write(span, Markup.Escape(ObjectToString(textAsObject) ?? string.Empty)),
    };

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        Accessors.GetOrAdd(target.GetType(), static (_, state) => state.Context.Base(state.Target), (Context: this, Target: target));

    private IObjectAccessor? Base(object target) => base.GetMemberAccessorImpl(target);
}
