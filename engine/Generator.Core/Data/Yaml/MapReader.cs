using System.Globalization;
using Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Data.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping. Remembers which keys were asked for, so that
/// <see cref="ReportUnknownKeys"/> can name every key nobody asked for, with the closest known key
/// as a suggestion: a misspelt field is an error, never silently ignored.
/// </summary>
internal sealed class MapReader
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly List<(string Key, string ChineseName)> _missing = [];

    private readonly YamlContext _context;

    public MapReader(YamlMappingNode node, YamlContext context, string path)
    {
        _node = node;
        _context = context;
        Path = path;
    }

    public string File => _context.File;

    /// <summary>Dotted path of this mapping in the file, e.g. <c>requests.withheld</c>.</summary>
    public string Path { get; }

    public DiagnosticBag Diagnostics => _context.Diagnostics;

    public SourceSpan Span => YamlSpans.Of(File, _node);

    /// <summary>The entries as written, for files whose keys are names chosen by staff (<c>groups.yaml</c>), not fields.</summary>
    public IEnumerable<KeyValuePair<YamlNode, YamlNode>> Entries => _node.Children;

    public string Child(string key) => Path.Length == 0 ? key : Path + "." + key;

    /// <summary>The value node of <paramref name="key"/>, or null when the key is absent.</summary>
    public YamlNode? Optional(string key)
    {
        _known.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public YamlNode? Required(string key, string chineseName)
    {
        var value = Optional(key);
        if (value is null)
        {
            // Reported with the unknown keys: a misspelt key then gives one error, not two.
            _missing.Add((key, chineseName));
        }

        return value;
    }

    public MapReader? Map(string key, string chineseName, bool required = true)
    {
        var value = required ? Required(key, chineseName) : Optional(key);
        return value is null || IsNull(value) && !required ? null : AsMap(value, Child(key), chineseName);
    }

    public MapReader? AsMap(YamlNode node, string path, string chineseName)
    {
        if (node is YamlMappingNode map)
        {
            return new MapReader(map, _context, path);
        }

        Diagnostics.Error(DiagnosticCode.WrongNodeKind, YamlSpans.Of(File, node), $"{path}（{chineseName}）下应是若干“字段: 值”",
            "请在下一行缩进两个空格，逐项写出各字段。");
        return null;
    }

    public string? Text(string key, string chineseName, bool required = false)
    {
        var node = required ? Required(key, chineseName) : Optional(key);
        if (node is null || IsNull(node))
        {
            if (node is not null && required)
            {
                Diagnostics.Error(DiagnosticCode.MissingField, YamlSpans.Of(File, node), $"{Child(key)}（{chineseName}）不能为空");
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            if (!BlankText.IsBlank(scalar.Value))
            {
                return CheckLine(scalar.Value!, node, key, chineseName);
            }

            // "" or white space only (full-width or zero-width spaces included) is no text: missing if required.
            if (required)
            {
                Diagnostics.Error(DiagnosticCode.MissingField, YamlSpans.Of(File, node), $"{Child(key)}（{chineseName}）是空的（只有空格或什么也没写）",
                    "请填写这一项的内容。");
            }

            return null;
        }

        Diagnostics.Error(DiagnosticCode.InvalidText, YamlSpans.Of(File, node), $"{Child(key)}（{chineseName}）应是一段文字");
        return null;
    }

    /// <summary>C0 controls but tab and line feed, DEL and C1: what no report can print.</summary>
    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

    /// <summary>A one-line text field (names, address, title) is at most this long; a real one is a few dozen characters.</summary>
    public const int MaxTextLength = 500;

    /// <summary>
    /// A one-line text as it will be printed: no control characters (they would be dropped from the report, or
    /// reach a terminal) and no runaway length (a pasted document in <c>agency</c> would fill every page's title).
    /// </summary>
    private string? CheckLine(string text, YamlNode node, string key, string chineseName)
    {
        var at = text.AsSpan().IndexOfAny(ControlCharacters);
        if (at >= 0)
        {
            Diagnostics.Error(DiagnosticCode.InvalidText, YamlSpans.Of(File, node),
                $"{Child(key)}（{chineseName}）中有看不见的控制字符（U+{(int)text[at]:X4}），报告中无法显示",
                "多半是从别处复制时带进来的：请删去这一项的内容，重新输入。");
            return null;
        }

        if (text.Length > MaxTextLength)
        {
            Diagnostics.Error(DiagnosticCode.InvalidText, YamlSpans.Of(File, node),
                $"{Child(key)}（{chineseName}）过长：{text.Length} 个字符，这一项最多 {MaxTextLength} 个字符",
                "这里只写一行文字（如机关全称、地址）；大段文字请写在叙述部分。");
            return null;
        }

        return text;
    }

    public NarrativeText? Narrative(string key, string chineseName, bool required)
    {
        var node = required ? Required(key, chineseName) : Optional(key);
        if (node is null || IsNull(node) && !required)
        {
            return null;
        }

        if (node is not YamlScalarNode scalar || IsNull(node))
        {
            Diagnostics.Error(DiagnosticCode.InvalidText, YamlSpans.Of(File, node), $"{Child(key)}（{chineseName}）应是一段文字",
                "多段文字请写成 “字段: |” 并在下一行起缩进书写。");
            return null;
        }

        // Block scalars (| and >) start on the line after the indicator; the indentation is that of
        // the first content line. Inline scalars start at the node itself (after the opening quote).
        var block = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
        var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        var line = (int)scalar.Start.Line + (block ? 1 : 0);
        var indent = block ? BlockIndent(scalar) : (int)scalar.Start.Column - 1 + (quoted ? 1 : 0);
        if (BlankText.IsBlank(scalar.Value))
        {
            // An empty section would be published as a bare heading; an optional text that says nothing is left out.
            if (required)
            {
                Diagnostics.Error(DiagnosticCode.MissingField, YamlSpans.Of(File, node), $"{Child(key)}（{chineseName}）是空的，报告中这一部分会没有内容",
                    "请写上这一部分的内容；确实没有可写的，写“无。”。");
            }

            return null;
        }

        var text = new NarrativeText(scalar.Value ?? string.Empty, File, line, indent);
        ReportPlaceholders(text, Child(key), chineseName);
        return text;
    }

    private void ReportPlaceholders(NarrativeText text, string path, string chineseName)
    {
        var lines = text.Markdown.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(NarrativeText.Placeholder, StringComparison.Ordinal);
            if (column >= 0)
            {
                Diagnostics.Error(DiagnosticCode.PlaceholderLeft, text.SpanOf(i, column), $"{path}（{chineseName}）还有待填写的内容",
                    $"请把“{NarrativeText.Placeholder}”及其后的说明换成本年度的实际内容。");
            }
        }
    }

    public bool? Boolean(string key, string chineseName)
    {
        var node = Optional(key);
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Value: "true" or "false" } s)
        {
            return s.Value == "true";
        }

        Diagnostics.Error(DiagnosticCode.WrongNodeKind, YamlSpans.Of(File, node), $"{Child(key)}（{chineseName}）只能写 true 或 false");
        return null;
    }

    /// <summary>The position of a key's value, or of this mapping when the key is absent.</summary>
    public SourceSpan SpanOf(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? YamlSpans.Of(File, value) : Span;

    /// <summary>
    /// Reports every key of the mapping that no reader asked for, suggesting the nearest known key,
    /// and every required key that is missing, unless an unknown key was suggested in its place.
    /// </summary>
    public void ReportUnknownKeys(IReadOnlyDictionary<string, string>? keysOfOtherFormat = null)
    {
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? keyNode.ToString();
            if (_known.Contains(key))
            {
                continue;
            }

            var span = YamlSpans.Of(File, keyNode);
            if (keysOfOtherFormat is not null && keysOfOtherFormat.TryGetValue(key, out var why))
            {
                Diagnostics.Error(DiagnosticCode.NotInFormat, span, $"字段 {Child(key)} 不属于本报告的官方格式：{why}",
                    "请删除此项，或检查 format / year 是否写对。");
                continue;
            }

            var suggestion = Suggest(key);
            if (suggestion is not null)
            {
                suggested.Add(suggestion);
            }

            Diagnostics.Error(DiagnosticCode.UnknownKey, span,
                suggestion is null ? $"未知字段 {key}" : $"未知字段 {key}，您是否想写 {suggestion}？",
                suggestion is null ? $"此处可用的字段有：{string.Join("、", _known.Order(StringComparer.Ordinal))}。" : $"请改为 {suggestion}。");
        }

        foreach (var (key, chineseName) in _missing.Where(m => !suggested.Contains(m.Key)))
        {
            Diagnostics.Error(DiagnosticCode.MissingField, Span, $"缺少必填字段 {Child(key)}（{chineseName}）",
                $"请在此处加上 {key}: …，写法见 docs/data-format.md。");
        }

        _missing.Clear();
    }

    /// <summary>The key meant: named by its Chinese label or pinyin (<see cref="KeyAliases"/>), else the nearest spelling.</summary>
    private string? Suggest(string key)
    {
        if (KeyAliases.Suggest(key, _known) is { } alias)
        {
            return alias;
        }

        var best = _known.Select(k => (Key: k, Distance: EditDistance.Compute(key, k)))
            .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Key is not null && best.Distance <= Math.Max(2, key.Length / 3) ? best.Key : null;
    }

    /// <summary>
    /// An edit of part of a plain scalar as written on its line: <paramref name="length"/> characters from
    /// <paramref name="offset"/> in its value become <paramref name="newText"/>. Null, so no fix is offered,
    /// unless the line shows exactly the value there (quoted or multi-line values are left to the user).
    /// </summary>
    public TextEdit? EditOf(YamlScalarNode scalar, int offset, int length, string newText, string description)
    {
        var value = scalar.Value ?? string.Empty;
        var line = _context.Line((int)scalar.Start.Line);
        var start = (int)scalar.Start.Column - 1;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any) || scalar.Start.Line != scalar.End.Line
            || start < 0 || !line.AsSpan(start).StartsWith(value, StringComparison.Ordinal))
        {
            return null;
        }

        return new TextEdit((int)scalar.Start.Line, start + offset + 1, length, newText, description);
    }

    /// <summary>The parser strips a block's indentation; read it back from the first content line.</summary>
    private int BlockIndent(YamlScalarNode scalar)
    {
        var line = _context.Line((int)scalar.Start.Line + 1);
        return line.Length - line.TrimStart(' ').Length;
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s
        && (s.Value is null || s.Value.Length == 0 || s.Value is "~" or "null" or "Null" or "NULL");

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? string.Empty,
        YamlSequenceNode => "一个列表",
        _ => "若干字段",
    };

    public static bool TryInt(YamlScalarNode scalar, out int value) =>
        int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
