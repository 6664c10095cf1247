namespace Generator.Diagnostics;

/// <summary>One problem found in a data file, a template or the figures, with a Chinese message.</summary>
/// <param name="Hint">How to fix it, in Chinese; optional.</param>
public sealed record Diagnostic(Severity Severity, string Code, SourceSpan Span, string Message, string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;
}
