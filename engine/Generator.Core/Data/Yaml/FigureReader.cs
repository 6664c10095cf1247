using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Generator.Data.Yaml;

/// <summary>
/// Reads figures: counts (blank ≠ 0) and the rows of tables 2 and 3. What a Chinese keyboard types in
/// their place (全角数字, 12件, ～, a 中文逗号 between figures) is named as such, with the certain fix.
/// </summary>
internal static partial class FigureReader
{
    /// <summary>A count; an absent key or <c>~</c> is blank. Only <paramref name="allowNegative"/> cells (本年增/减) may be negative.</summary>
    public static Count Count(MapReader map, string key, string chineseName, bool allowNegative = false)
    {
        var node = map.Optional(key);
        return node is null ? Data.Count.Blank(map.Span) : Scalar(map, node, $"{map.Child(key)}（{chineseName}）", allowNegative);
    }

    /// <summary>
    /// One count; <paramref name="what"/> names the cell in messages. Beyond <paramref name="max"/> either
    /// way it is refused like a non-number (GEN0116), so that nothing adds it up: tables 2 and 3 pass their
    /// own, lower limit.
    /// </summary>
    public static Count Scalar(MapReader map, YamlNode node, string what, bool allowNegative = false, int max = MaxCount)
    {
        var span = YamlSpans.Of(map.File, node);
        if (MapReader.IsNull(node))
        {
            return Data.Count.Blank(span);
        }

        if (node is not YamlScalarNode scalar || !MapReader.TryInt(scalar, out var value))
        {
            NotACount(map, node, what, span);
            return new Count(null, span, Invalid: true);
        }

        if (Math.Abs((long)value) > max)
        {
            map.Diagnostics.Error(DiagnosticCode.NumberTooLarge, span, $"{what}为 {value}，{(value < 0 ? $"小于 -{max}" : $"超过了 {max}")}",
                max == MaxTableCount
                    ? "表2、表3 记的是申请件数和案件数，请检查是否多写了数字，或把金额等其他数字误填在这里。"
                    : "请检查是否多写了数字，或把金额等其他数字误填在这里。");
            return new Count(null, span, Invalid: true);
        }

        if (value < 0 && !allowNegative)
        {
            map.Diagnostics.Error(DiagnosticCode.NegativeCount, span, $"{what}不能为负数（{value}）",
                "件数、项目数不会小于 0；只有“本年增/减”可以是负数。");
            return new Count(value, span, Invalid: true);
        }

        return new Count(value, span);
    }

    /// <summary>Says what was written instead of a count, naming the Chinese-keyboard slips that have one reading.</summary>
    private static void NotACount(MapReader map, YamlNode node, string what, SourceSpan span)
    {
        var scalar = node as YamlScalarNode;
        var text = scalar?.Value ?? string.Empty;
        var half = ChineseInput.ToHalfWidth(text);
        if (scalar is not null && half == "~")
        {
            map.Diagnostics.Error(DiagnosticCode.ChineseInputCharacter, span, $"{what}写的是全角的波浪号“{text}”（中文输入法下输入的），程序不认作空白",
                $"空白请写半角的 ~（切换到英文输入法输入），或运行 {CommandName.Of("validate --fix")} 自动改正。",
                map.EditOf(scalar, 0, text.Length, "~", $"全角波浪号“{text}”改为“~”"));
            return;
        }

        if (scalar is not null && half != text && int.TryParse(half, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var fullWidth))
        {
            map.Diagnostics.Error(DiagnosticCode.NotAnInteger, span, $"{what}写的是全角数字“{text}”（中文输入法下输入的数字），程序只认半角数字",
                $"请改成半角的 {fullWidth}（切换到英文输入法输入），或运行 {CommandName.Of("validate --fix")} 自动改正。",
                map.EditOf(scalar, 0, text.Length, half, $"全角数字“{text}”改为“{half}”"));
            return;
        }

        if (scalar is not null && CountWithUnit().Match(half) is { Success: true } withUnit)
        {
            var number = withUnit.Groups["n"].Value;
            map.Diagnostics.Error(DiagnosticCode.NotAnInteger, span, $"{what}只写数字，不要写单位：这里写的是“{text}”",
                $"请写成 {number}（表格中的“{withUnit.Groups["unit"].Value}”由程序按表头显示），或运行 {CommandName.Of("validate --fix")} 自动改正。",
                map.EditOf(scalar, 0, text.Length, number, $"“{text}”去掉单位，改为“{number}”"));
            return;
        }

        if (ChineseNumber.TryParse(text) is { } chinese)
        {
            map.Diagnostics.Error(DiagnosticCode.NotAnInteger, span, $"{what}应是整数，这里写的是中文数字“{text}”",
                $"请写阿拉伯数字 {chinese}；空白请写 ~。");
            return;
        }

        map.Diagnostics.Error(DiagnosticCode.NotAnInteger, span, $"{what}应是整数，这里写的是“{MapReader.Describe(node)}”",
            "请只写半角阿拉伯数字，如 12；空白请写 ~。");
    }

    /// <summary>
    /// A row written as a list: <paramref name="columns"/>.Count − 1 figures (the columns before 总计),
    /// optionally followed by the published total.
    /// </summary>
    public static FigureRow Row(MapReader map, string key, string chineseName, IReadOnlyList<string> columns)
    {
        var parts = columns.Count - 1;
        var path = map.Child(key);
        var what = $"{path}（{chineseName}）";
        var node = map.Required(key, chineseName);
        if (node is null)
        {
            return InvalidRow(path, parts, map.Span);
        }

        var span = YamlSpans.Of(map.File, node);
        var columnNames = string.Join(", ", columns.Take(parts));
        if (node is not YamlSequenceNode sequence)
        {
            if (node is YamlScalarNode { Value: { } text } scalar && text.AsSpan().TrimStart().StartsWith("［", StringComparison.Ordinal))
            {
                var fixedText = text.Replace('［', '[').Replace('］', ']');
                map.Diagnostics.Error(DiagnosticCode.ChineseInputCharacter, span, $"{what}的方括号是全角的“［］”（中文输入法下输入的），程序不认作列表",
                    $"请改成半角的方括号 [ ]，或运行 {CommandName.Of("validate --fix")} 自动改正。",
                    text.Contains('］', StringComparison.Ordinal) ? map.EditOf(scalar, 0, text.Length, fixedText, "全角方括号“［］”改为“[]”") : null);
                return InvalidRow(path, parts, span);
            }

            map.Diagnostics.Error(DiagnosticCode.WrongNodeKind, span, $"{what}应写成方括号列表",
                $"例如 [{string.Join(", ", Enumerable.Repeat("0", parts))}]，依次为：{columnNames}。");
            return InvalidRow(path, parts, span);
        }

        var items = sequence.Children;
        if (ChineseSeparators(map, what, items, columns) is { } seen)
        {
            // The Chinese separators are reported where they are; a wrong count is told as the user counts.
            if (seen != parts && seen != parts + 1)
            {
                WrongCount(map, what, span, parts, seen, columnNames);
            }

            return InvalidRow(path, parts, span);
        }

        if (items.Count != parts && items.Count != parts + 1)
        {
            WrongCount(map, what, span, parts, items.Count, columnNames);
            return InvalidRow(path, parts, span);
        }

        var counts = items.Take(parts).Select((n, i) => Scalar(map, n, $"{what}的“{columns[i]}”", max: MaxTableCount)).ToList();
        Count? total = items.Count > parts ? Scalar(map, items[parts], $"{what}的“{columns[^1]}”", max: MaxTableCount) : null;
        return new FigureRow(path, counts, total, span);
    }

    private static void WrongCount(MapReader map, string what, SourceSpan span, int parts, int count, string columnNames) =>
        map.Diagnostics.Error(DiagnosticCode.WrongColumnCount, span,
            $"{what}应有 {parts} 个数（或再加上总计共 {parts + 1} 个），这里有 {count} 个",
            $"依次为：{columnNames}；空白请写 ~。");

    /// <summary>
    /// Reports every item in which a Chinese separator (，、；) stands between figures, which YAML reads as
    /// one item; returns how many figures the user wrote (the separators counted as commas), or null when none was found.
    /// </summary>
    private static int? ChineseSeparators(MapReader map, string what, IList<YamlNode> items, IReadOnlyList<string> columns)
    {
        if (!items.Any(i => i is YamlScalarNode { Value: { } v } && v.AsSpan().IndexOfAny(ChineseInput.ListSeparators) >= 0))
        {
            return null;
        }

        var count = 0;
        foreach (var item in items)
        {
            var text = (item as YamlScalarNode)?.Value;
            var at = text is null ? -1 : text.AsSpan().IndexOfAny(ChineseInput.ListSeparators);
            if (at < 0)
            {
                // The other figures are still checked, named by the column the user counts them in.
                Scalar(map, item, $"{what}的“{columns[Math.Min(count, columns.Count - 1)]}”", max: MaxTableCount);
                count++;
                continue;
            }

            var pieces = text!.Split([.. ChineseInput.ListSeparators]);
            count += pieces.Length;
            var fixedText = string.Join(", ", pieces.Select(p => p.Trim()));
            var separator = text[at];
            map.Diagnostics.Error(DiagnosticCode.ChineseInputCharacter, YamlSpans.Of(map.File, item) with { Column = YamlSpans.Of(map.File, item).Column + at },
                $"{what}中的数字用{ChineseInput.NameOf(separator)}隔开，程序把“{text}”读成了一个数",
                $"列表中的数字要用半角逗号“,”隔开（切换到英文输入法输入），或运行 {CommandName.Of("validate --fix")} 自动改正。",
                map.EditOf((YamlScalarNode)item, 0, text.Length, fixedText, $"{ChineseInput.NameOf(separator)}改为半角逗号：“{text}”改为“{fixedText}”"));
        }

        return count;
    }

    /// <summary>
    /// No count of any table comes near this; refusing larger ones keeps every sum of two counts
    /// (上一年项目数量 + 本年增/减, 现行有效 + 制发) inside <see cref="int"/>, wherever it is computed.
    /// </summary>
    public const int MaxCount = 1_000_000_000;

    /// <summary>
    /// Tables 2 and 3 count applications and cases; their rows and columns are added up, so a figure
    /// beyond any bureau's year is refused before a sum can overflow.
    /// </summary>
    public const int MaxTableCount = 10_000_000;

    /// <summary>
    /// The row that stands for one the file gets wrong (missing, not a list, wrong length), already reported:
    /// its cells are invalid, so no relation or completeness check reads them as blanks.
    /// </summary>
    public static FigureRow InvalidRow(string path, int parts, SourceSpan span) =>
        new(path, [.. Enumerable.Repeat(new Count(null, span, Invalid: true), parts)], null, span);

    [GeneratedRegex("^\\s*(?<n>[0-9]+)\\s*(?<unit>[件条个项起次份])\\s*$")]
    private static partial Regex CountWithUnit();
}
