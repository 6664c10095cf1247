using System.Collections.Concurrent;
using Generator.Document.Building;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating;

/// <summary>
/// A Scriban context that escapes every value a template prints (<c>{{ … }}</c>) for the document
/// markup. Escaping by default means a template author cannot forget it: text from YAML can never
/// turn into a heading, a table cell boundary or a link. It also counts evaluation steps: Scriban's
/// loop and recursion limits bound each loop and each call chain, but not a function that calls
/// itself twice per level (2^32 calls within the recursion limit), which only a total budget stops.
/// </summary>
/// <param name="escape">How printed values are escaped: <see cref="Markup.Escape"/> for the report's markup, XML escaping for the SVG graphic.</param>
internal sealed class MarkupTemplateContext(ScriptObject builtins, long stepLimit, Func<string, string>? escape = null) : TemplateContext(builtins)
{
    private readonly Func<string, string> _escape = escape ?? Markup.Escape;

    /// <summary>
    /// Member accessors by .NET type, shared by every context: Scriban keeps them per context, so each
    /// report reflected over the model's types again (about a tenth of its template time). Sharing is
    /// sound because every context is set up with the same member filter and renamer (see
    /// <see cref="ReportTemplateRenderer"/>), and an accessor is read-only once built.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> Accessors = new();

    private long _steps;

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        RawMarkup raw => base.Write(span, raw.Text),
        null => this,
        _ => base.Write(span, _escape(ObjectToString(textAsObject) ?? string.Empty)),
    };

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (++_steps > stepLimit)
        {
            throw new ScriptRuntimeException(scriptNode?.Span ?? CurrentSpan, $"模板运行步数超过上限（{stepLimit} 步），模板中可能有失控的循环或递归");
        }

        return base.Evaluate(scriptNode, aliasReturnedFunction);
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        Accessors.GetOrAdd(target.GetType(), static (_, state) => state.Context.Base(state.Target), (Context: this, Target: target));

    private IObjectAccessor? Base(object target) => base.GetMemberAccessorImpl(target);
}
