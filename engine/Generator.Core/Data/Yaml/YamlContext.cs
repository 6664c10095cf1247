using Generator.Diagnostics;

namespace Generator.Data.Yaml;

/// <summary>The file being read: its display path, its lines (to measure indentation) and where problems go.</summary>
internal sealed class YamlContext(string file, string text, DiagnosticBag diagnostics)
{
    private readonly string[] _lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    public string File { get; } = file;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public int LineCount => _lines.Length;

    public string Line(int line) => line >= 1 && line <= _lines.Length ? _lines[line - 1] : string.Empty;
}
