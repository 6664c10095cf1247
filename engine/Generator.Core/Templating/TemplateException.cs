using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace Generator.Templating;

/// <summary>
/// A template error the engine finds itself (a value printed that has no text, a field asked of a number,
/// a limit reached), told in Chinese with a hint: it needs no translation from Scriban's English.
/// </summary>
internal sealed class TemplateException(ScribanSpan span, string message, string hint) : ScriptRuntimeException(span, message)
{
    public string Hint { get; } = hint;
}
