namespace Generator.Diagnostics;

/// <summary>One problem found in a data file, a template or the figures, with a Chinese message.</summary>
/// <param name="Hint">How to fix it, in Chinese; optional.</param>
/// <param name="Fix">The edit that certainly fixes it, when there is one (see <see cref="TextEdit"/>).</param>
public sealed record Diagnostic(Severity Severity, string Code, SourceSpan Span, string Message, string? Hint = null, TextEdit? Fix = null)
{
    public bool IsError => Severity == Severity.Error;
}
