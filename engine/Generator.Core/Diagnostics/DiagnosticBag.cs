namespace Generator.Diagnostics;

/// <summary>
/// Collects diagnostics so that loading and validation report every problem at once
/// instead of stopping at the first.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly DiagnosticBag? _target;
    private readonly Func<Diagnostic, Diagnostic>? _map;

    public DiagnosticBag()
    {
    }

    /// <summary>
    /// A bag that passes each diagnostic through <paramref name="map"/> into <paramref name="target"/>: for
    /// reading a file as if its certain fixes were made, with positions put back where the user sees them.
    /// </summary>
    public DiagnosticBag(DiagnosticBag target, Func<Diagnostic, Diagnostic> map)
    {
        _target = target;
        _map = map;
    }

    public IReadOnlyList<Diagnostic> Items => _target?.Items ?? _items;

    public bool HasErrors => _target?.HasErrors ?? _items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic)
    {
        if (_target is not null)
        {
            _target.Add(_map!(diagnostic));
        }
        else
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public void Error(DiagnosticCode code, SourceSpan span, string message, string? hint = null, TextEdit? fix = null) =>
        Add(new Diagnostic(Severity.Error, code.Id, span, message, hint, fix));

    public void Warning(DiagnosticCode code, SourceSpan span, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code.Id, span, message, hint));

    public void Info(DiagnosticCode code, SourceSpan span, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Info, code.Id, span, message, hint));
}
