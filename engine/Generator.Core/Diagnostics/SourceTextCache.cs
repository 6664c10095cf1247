namespace Generator.Diagnostics;

/// <summary>
/// Remembers the text of every file the engine read (YAML, templates), keyed by the path
/// shown in diagnostics, so diagnostics can quote the offending line without reading files twice.
/// </summary>
public sealed class SourceTextCache : ISourceTextProvider
{
    /// <summary>
    /// The text of each file, split into lines only when a diagnostic first quotes it: most files never
    /// are, and splitting every file and every template output cost a build allocations for nothing.
    /// </summary>
    private readonly Dictionary<string, Lazy<string[]>> _lines = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Remember(string file, string text)
    {
        var lines = new Lazy<string[]>(() => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'));
        lock (_gate)
        {
            _lines[file] = lines;
        }
    }

    public bool TryGetLine(string file, int line, out string text)
    {
        Lazy<string[]>? lines;
        lock (_gate)
        {
            _lines.TryGetValue(file, out lines);
        }

        if (lines is not null && line >= 1 && line <= lines.Value.Length)
        {
            text = lines.Value[line - 1];
            return true;
        }

        text = string.Empty;
        return false;
    }

    public bool Contains(string file)
    {
        lock (_gate)
        {
            return _lines.ContainsKey(file);
        }
    }

    /// <summary>Takes over the text of <paramref name="files"/> from another cache (a finished bureau's), so diagnostics can still quote it.</summary>
    public void CopyFrom(SourceTextCache other, IEnumerable<string> files)
    {
        foreach (var file in files.Distinct(StringComparer.Ordinal))
        {
            Lazy<string[]>? lines;
            lock (other._gate)
            {
                other._lines.TryGetValue(file, out lines);
            }

            if (lines is not null)
            {
                lock (_gate)
                {
                    _lines[file] = lines;
                }
            }
        }
    }
}
