namespace Generator.Templating;

/// <summary>
/// An error inside one of our template functions, told in Chinese with a hint. The function knows no
/// position; Scriban wraps the exception with the place of the call (it wraps whatever is not already a
/// Scriban error), and <see cref="TemplateMessages"/> takes the words from here. Not an
/// <see cref="ArgumentException"/>: Scriban would replace that by its message alone.
/// </summary>
internal sealed class TemplateFunctionException(string message, string hint) : Exception(message)
{
    public string Hint { get; } = hint;
}
