using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Generator.Data.Yaml;

/// <summary>
/// Reads money, written as staff write it — <c>12.5万元</c>, <c>12.5 万元</c>, <c>251000元</c> — or as
/// <c>{ amount: 12.5, unit: 万元 }</c>. The amount keeps the decimals as written; the unit is 万元 or 元.
/// </summary>
internal static partial class MoneyReader
{
    private const string Forms = "金额可写成 12.5万元、12.5 万元、251000元，或 { amount: 12.5, unit: 万元 }；单位只能是“万元”或“元”；空白写 ~。";

    /// <summary>
    /// The money under <paramref name="key"/>; null when absent or blank. <paramref name="nested"/> also
    /// accepts the money one level down, under <c>amount</c> (<c>fees: { amount: { amount: 972.4015, unit: 万元 } }</c>,
    /// the form of earlier data files).
    /// </summary>
    public static Money? Read(MapReader parent, string key, string chineseName, bool nested = false, bool required = false)
    {
        var node = required ? parent.Required(key, chineseName) : parent.Optional(key);
        if (node is null || MapReader.IsNull(node))
        {
            return null;
        }

        var what = $"{parent.Child(key)}（{chineseName}）";
        if (node is YamlScalarNode scalar)
        {
            return Shorthand(parent, scalar, what);
        }

        var map = parent.AsMap(node, parent.Child(key), chineseName);
        if (map is null)
        {
            return null;
        }

        if (nested && map.Optional("amount") is YamlMappingNode && map.Optional("unit") is null)
        {
            var inner = Read(map, "amount", chineseName);
            map.ReportUnknownKeys();
            return inner;
        }

        return Amount(map, chineseName);
    }

    /// <summary><c>{ amount: 12.5, unit: 万元 }</c>; the amount may also carry its unit (<c>amount: 12.5万元</c>) when there is no <c>unit</c>.</summary>
    private static Money? Amount(MapReader map, string chineseName)
    {
        var amountNode = map.Required("amount", chineseName + "的金额");
        var unitNode = map.Optional("unit");
        map.ReportUnknownKeys();
        if (amountNode is null)
        {
            return null;
        }

        var what = $"{map.Path}.amount（{chineseName}）";
        var unitWritten = unitNode is not null && !MapReader.IsNull(unitNode);
        if (!unitWritten && amountNode is YamlScalarNode withUnit && Parse(withUnit.Value ?? string.Empty).Unit is not null)
        {
            return Shorthand(map, withUnit, what);
        }

        if (!unitWritten)
        {
            // A blank amount needs no unit: 'new' leaves such cells for staff to fill in.
            if (!MapReader.IsNull(amountNode))
            {
                map.Diagnostics.Error(DiagnosticCode.MissingField, map.Span, $"缺少必填字段 {map.Child("unit")}（{chineseName}的单位）", Forms);
            }

            return null;
        }

        var unitText = (unitNode as YamlScalarNode)?.Value;
        MoneyUnit? unit = unitText switch
        {
            "万元" => MoneyUnit.TenThousandYuan,
            "元" => MoneyUnit.Yuan,
            _ => null,
        };
        if (unit is null)
        {
            map.Diagnostics.Error(DiagnosticCode.InvalidMoney, YamlSpans.Of(map.File, unitNode!),
                $"{map.Path}.unit 只能是“万元”或“元”，这里写的是“{MapReader.Describe(unitNode!)}”",
                unitText == "万" ? "“万”请写成“万元”。" : Forms);
        }

        // A blank amount (as 'new' writes it) is a blank cell, like a blank count.
        if (MapReader.IsNull(amountNode))
        {
            return null;
        }

        if (amountNode is not YamlScalarNode { Value: { } text }
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            NotAnAmount(map, amountNode, what, "只写数字和小数点，如 972.4015；单位写在 unit 中。");
            return null;
        }

        return unit is null ? null : new Money(amount, unit.Value) { AmountSpan = YamlSpans.Of(map.File, amountNode) };
    }

    /// <summary>The shorthand <c>12.5万元</c>: a decimal number, an optional space and the unit.</summary>
    private static Money? Shorthand(MapReader map, YamlScalarNode scalar, string what)
    {
        var text = scalar.Value ?? string.Empty;
        var (amount, unit) = Parse(text);
        if (amount is not null && unit is not null)
        {
            return new Money(amount.Value, unit.Value) { AmountSpan = YamlSpans.Of(map.File, scalar) };
        }

        NotAnAmount(map, scalar, what, Forms);
        return null;
    }

    /// <summary>Names what was written instead of an amount: a missing unit, 万 for 万元, 全角数字, thousands separators.</summary>
    private static void NotAnAmount(MapReader map, YamlNode node, string what, string hint)
    {
        var span = YamlSpans.Of(map.File, node);
        var text = (node as YamlScalarNode)?.Value ?? MapReader.Describe(node);
        var half = ChineseInput.ToHalfWidth(text);
        if (node is YamlScalarNode scalar && half != text && (Parse(half).Amount is not null || IsDecimal(half)))
        {
            map.Diagnostics.Error(DiagnosticCode.InvalidMoney, span, $"{what}写的是全角数字“{text}”（中文输入法下输入的数字），程序只认半角数字",
                $"请改成半角数字（切换到英文输入法输入），或运行 {CommandName.Of("validate --fix")} 自动改正。",
                map.EditOf(scalar, 0, text.Length, half, $"全角数字“{text}”改为“{half}”"));
            return;
        }

        var message = text switch
        {
            _ when IsDecimal(text) => $"{what}缺少单位：这里写的是“{text}”",
            _ when text.Trim().EndsWith('万') && IsDecimal(text.Trim()[..^1]) => $"{what}的单位“万”请写成“万元”：这里写的是“{text}”",
            _ when text.Contains(',', StringComparison.Ordinal) || text.Contains('，', StringComparison.Ordinal) => $"{what}中不要写千分位逗号：这里写的是“{text}”",
            _ when text.TrimStart().StartsWith('-') => $"{what}不能为负数：这里写的是“{text}”",
            _ => $"{what}应是不小于 0 的金额，这里写的是“{text}”",
        };
        map.Diagnostics.Error(DiagnosticCode.InvalidMoney, span, message, IsDecimal(text) ? Forms : hint);
    }

    private static bool IsDecimal(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private static (decimal? Amount, MoneyUnit? Unit) Parse(string text)
    {
        var match = ShorthandPattern().Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return (null, null);
        }

        return (amount, match.Groups["unit"].Value == "元" ? MoneyUnit.Yuan : MoneyUnit.TenThousandYuan);
    }

    [GeneratedRegex("^\\s*(?<n>[0-9]+(?:\\.[0-9]+)?) ?(?<unit>万元|元)\\s*$")]
    private static partial Regex ShorthandPattern();
}
