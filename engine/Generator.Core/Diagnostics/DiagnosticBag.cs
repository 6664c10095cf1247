namespace Generator.Diagnostics;

/// <summary>
/// Collects diagnostics so that loading and validation report every problem at once
/// instead of stopping at the first.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(DiagnosticCode code, SourceSpan span, string message, string? hint = null, TextEdit? fix = null) =>
        _items.Add(new Diagnostic(Severity.Error, code.Id, span, message, hint, fix));

    public void Warning(DiagnosticCode code, SourceSpan span, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Warning, code.Id, span, message, hint));

    public void Info(DiagnosticCode code, SourceSpan span, string message, string? hint = null) =>
        _items.Add(new Diagnostic(Severity.Info, code.Id, span, message, hint));
}
