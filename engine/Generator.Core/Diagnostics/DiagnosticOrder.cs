namespace Generator.Diagnostics;

/// <summary>
/// The order diagnostics are shown in: file by file, in the order the files were first reported
/// (so a build lists its reports in turn), and within a file from top to bottom, the way a user
/// works through them. Checks run in their own order (nested mappings, then unknown keys, then
/// relations); without this a problem on line 2 could be listed after one on line 40.
/// </summary>
public static class DiagnosticOrder
{
    public static IEnumerable<Diagnostic> InReadingOrder(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        var fileRank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in list)
        {
            fileRank.TryAdd(d.Span.File, fileRank.Count);
        }

        // OrderBy is stable: diagnostics at the same position keep the order the checks gave them.
        return list.OrderBy(d => fileRank[d.Span.File]).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column);
    }
}
