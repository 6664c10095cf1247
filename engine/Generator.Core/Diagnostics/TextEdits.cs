namespace Generator.Diagnostics;

/// <summary>
/// Applies <see cref="TextEdit"/>s to a text, and maps positions in the edited text back to the original.
/// Line ends (LF, CR LF or CR) and every character outside the edits are kept as they are.
/// </summary>
public sealed class TextEdits
{
    /// <summary>The edits applied, by line, in column order; an edit that overlaps an earlier one is left out.</summary>
    private readonly Dictionary<int, List<TextEdit>> _byLine = [];

    public TextEdits(IEnumerable<TextEdit> edits)
    {
        foreach (var edit in edits.OrderBy(e => e.Line).ThenBy(e => e.Column))
        {
            var line = _byLine.TryGetValue(edit.Line, out var list) ? list : _byLine[edit.Line] = [];
            if (line.Count == 0 || line[^1].Column + line[^1].Length <= edit.Column && !(line[^1].Length == 0 && line[^1].Column == edit.Column))
            {
                line.Add(edit);
            }
        }
    }

    /// <summary>The edits that <see cref="Apply"/> makes (overlapping ones left out), in file order.</summary>
    public IEnumerable<TextEdit> Applied => _byLine.OrderBy(l => l.Key).SelectMany(l => l.Value);

    /// <summary>The text with the edits made.</summary>
    public string Apply(string text)
    {
        var result = new System.Text.StringBuilder(text.Length + 16);
        var lineNumber = 1;
        var start = 0;
        while (start <= text.Length)
        {
            var end = start;
            while (end < text.Length && text[end] is not ('\n' or '\r'))
            {
                end++;
            }

            var line = text.AsSpan(start, end - start);
            if (_byLine.TryGetValue(lineNumber, out var edits))
            {
                var at = 0;
                foreach (var edit in edits)
                {
                    var column = Math.Min(edit.Column - 1, line.Length);
                    result.Append(line[at..column]).Append(edit.NewText);
                    at = Math.Min(column + edit.Length, line.Length);
                }

                result.Append(line[at..]);
            }
            else
            {
                result.Append(line);
            }

            if (end >= text.Length)
            {
                break;
            }

            var lineEnd = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1;
            result.Append(text, end, lineEnd);
            start = end + lineEnd;
            lineNumber++;
        }

        return result.ToString();
    }

    /// <summary>
    /// Where a column of the edited text was in the original: columns after an edit move back by what it
    /// added; a column inside an edit's new text is the edit's own column. Null for columns inside an edit
    /// (an edit found there in the edited text would not apply to the original).
    /// </summary>
    public int? OriginalColumn(int line, int column)
    {
        if (!_byLine.TryGetValue(line, out var edits))
        {
            return column;
        }

        var shift = 0;
        foreach (var edit in edits)
        {
            var start = edit.Column + shift;
            if (column < start)
            {
                break;
            }

            if (column < start + edit.NewText.Length)
            {
                return null;
            }

            shift += edit.NewText.Length - edit.Length;
        }

        return column - shift;
    }

    /// <summary>A diagnostic found in the edited text, placed in the original (a fix inside an edit is dropped).</summary>
    public Diagnostic ToOriginal(Diagnostic d)
    {
        if (!d.Span.HasPosition)
        {
            return d;
        }

        var column = OriginalColumn(d.Span.Line, d.Span.Column);
        var fix = d.Fix is { } edit && OriginalColumn(edit.Line, edit.Column) is { } fixColumn ? edit with { Column = fixColumn } : null;
        return d with { Span = d.Span with { Column = column ?? d.Span.Column }, Fix = fix };
    }
}
