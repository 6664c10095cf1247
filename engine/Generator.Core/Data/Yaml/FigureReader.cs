using System.Globalization;
using Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Generator.Data.Yaml;

/// <summary>Reads figures: counts (blank ≠ 0), rows of tables 2 and 3, and money.</summary>
internal static class FigureReader
{
    /// <summary>A count; an absent key or <c>~</c> is blank. Only <paramref name="allowNegative"/> cells (本年增/减) may be negative.</summary>
    public static Count Count(MapReader map, string key, string chineseName, bool allowNegative = false)
    {
        var node = map.Optional(key);
        return node is null ? Data.Count.Blank(map.Span) : Scalar(map, node, map.Child(key), chineseName, allowNegative);
    }

    /// <summary>
    /// One count. Beyond <paramref name="max"/> either way it is refused like a non-number (GEN0116),
    /// so that nothing adds it up: tables 2 and 3 pass their own, lower limit.
    /// </summary>
    public static Count Scalar(MapReader map, YamlNode node, string path, string chineseName, bool allowNegative = false, int max = MaxCount)
    {
        var span = YamlSpans.Of(map.File, node);
        if (MapReader.IsNull(node))
        {
            return Data.Count.Blank(span);
        }

        if (node is not YamlScalarNode scalar || !MapReader.TryInt(scalar, out var value))
        {
            map.Diagnostics.Error(DiagnosticCode.NotAnInteger, span, $"{path}（{chineseName}）应是整数，这里写的是“{MapReader.Describe(node)}”",
                "请只写阿拉伯数字，如 12；空白请写 ~。");
            return new Count(null, span, Invalid: true);
        }

        if (Math.Abs((long)value) > max)
        {
            map.Diagnostics.Error(DiagnosticCode.NumberTooLarge, span, $"{path}（{chineseName}）为 {value}，{(value < 0 ? $"小于 -{max}" : $"超过了 {max}")}",
                max == MaxTableCount
                    ? "表2、表3 记的是申请件数和案件数，请检查是否多写了数字，或把金额等其他数字误填在这里。"
                    : "请检查是否多写了数字，或把金额等其他数字误填在这里。");
            return new Count(null, span, Invalid: true);
        }

        if (value < 0 && !allowNegative)
        {
            map.Diagnostics.Error(DiagnosticCode.NegativeCount, span, $"{path}（{chineseName}）不能为负数（{value}）",
                "件数、项目数不会小于 0；只有“本年增/减”可以是负数。");
            return new Count(value, span, Invalid: true);
        }

        return new Count(value, span);
    }

    /// <summary>
    /// A row written as a list: <paramref name="parts"/> figures, optionally followed by the published total.
    /// </summary>
    public static FigureRow Row(MapReader map, string key, string chineseName, int parts, string columnNames)
    {
        var path = map.Child(key);
        var node = map.Required(key, chineseName);
        if (node is null)
        {
            return EmptyRow(path, parts, map.Span);
        }

        var span = YamlSpans.Of(map.File, node);
        if (node is not YamlSequenceNode sequence)
        {
            map.Diagnostics.Error(DiagnosticCode.WrongNodeKind, span, $"{path}（{chineseName}）应写成方括号列表",
                $"例如 [{string.Join(", ", Enumerable.Repeat("0", parts))}]，依次为：{columnNames}。");
            return EmptyRow(path, parts, span);
        }

        var items = sequence.Children;
        if (items.Count != parts && items.Count != parts + 1)
        {
            map.Diagnostics.Error(DiagnosticCode.WrongColumnCount, span,
                $"{path}（{chineseName}）应有 {parts} 个数（或再加上总计共 {parts + 1} 个），这里有 {items.Count} 个",
                $"依次为：{columnNames}；空白请写 ~。");
            return EmptyRow(path, parts, span);
        }

        var counts = items.Take(parts).Select((n, i) => Scalar(map, n, $"{path}[{i + 1}]", chineseName, max: MaxTableCount)).ToList();
        Count? total = items.Count > parts ? Scalar(map, items[parts], $"{path}[总计]", chineseName, max: MaxTableCount) : null;
        return new FigureRow(path, counts, total, span);
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

    public static FigureRow EmptyRow(string path, int parts, SourceSpan span) =>
        new(path, [.. Enumerable.Repeat(Data.Count.Blank(span), parts)], null, span);

    /// <summary>Money: <c>{ amount: 972.4015, unit: 万元 }</c>. The text of the amount is parsed as written; <c>amount: ~</c> is blank.</summary>
    public static Money? Money(MapReader parent, string key, string chineseName)
    {
        var map = parent.Map(key, chineseName, required: false);
        if (map is null)
        {
            return null;
        }

        var amountNode = map.Required("amount", chineseName + "的金额");
        var unitText = map.Text("unit", chineseName + "的单位", required: true);
        map.ReportUnknownKeys();
        if (amountNode is null || unitText is null)
        {
            return null;
        }

        MoneyUnit? unit = unitText switch
        {
            "万元" => MoneyUnit.TenThousandYuan,
            "元" => MoneyUnit.Yuan,
            _ => null,
        };
        if (unit is null)
        {
            map.Diagnostics.Error(DiagnosticCode.InvalidMoney, map.Span, $"{map.Path}.unit 只能是“万元”或“元”，这里写的是“{unitText}”",
                "“万”请写成“万元”。");
        }

        // A blank amount (as 'new' writes it) is a blank cell, like a blank count.
        if (MapReader.IsNull(amountNode))
        {
            return null;
        }

        var amountSpan = YamlSpans.Of(map.File, amountNode);
        if (amountNode is not YamlScalarNode { Value: { } text }
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            map.Diagnostics.Error(DiagnosticCode.InvalidMoney, amountSpan,
                $"{map.Path}.amount 应是不小于 0 的数字，这里写的是“{MapReader.Describe(amountNode)}”",
                "只写数字和小数点，如 972.4015；单位写在 unit 中。");
            return null;
        }

        return unit is null ? null : new Money(amount, unit.Value);
    }

    public static string ApplicantColumns => "自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他";

    public static string ResultColumns => "结果维持, 结果纠正, 其他结果, 尚未审结";
}
