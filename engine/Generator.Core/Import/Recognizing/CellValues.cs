using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Generator.Import.Reading;

namespace Generator.Import.Recognizing;

/// <summary>
/// Reads a count or an amount of money from a cell as printed. Blank stays blank, 0 stays 0, money keeps its
/// decimals and the unit printed in the cell or in its column's header. Anything else (a dash, a Chinese
/// numeral, two numbers in one cell) is not guessed: it is returned unread with what the cell said.
/// </summary>
internal static partial class CellValues
{
    public static (string Yaml, string? Doubt) Count(string printed, bool signed = false)
    {
        if (TwoNumbers().IsMatch(printed))
        {
            return ("~", $"原表为“{printed}”，一格中有两个数");
        }

        var text = Plain(printed);
        if (text.Length == 0)
        {
            return ("~", null);
        }

        var match = CountPattern().Match(text);
        if (!match.Success)
        {
            return ("~", Why(printed, text));
        }

        var digits = match.Groups[2].Value;
        var negative = match.Groups[1].Value == "-";
        if (negative && !signed)
        {
            return ("~", $"“{printed}”是负数，这一格不能为负");
        }

        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return ("~", $"“{printed}”太大");
        }

        return ((negative ? -value : value).ToString(CultureInfo.InvariantCulture), null);
    }

    /// <param name="headerUnit">The unit the column's header gives (“（单位：万元）”), or null.</param>
    public static (string Yaml, string? Doubt) Money(string printed, string? headerUnit)
    {
        if (TwoNumbers().IsMatch(printed))
        {
            return ("~", $"原表为“{printed}”，一格中有两个数");
        }

        var text = Plain(printed);
        if (text.Length == 0)
        {
            return ("~", null);
        }

        var match = MoneyPattern().Match(text);
        if (!match.Success)
        {
            return ("~", Why(printed, text));
        }

        var amount = match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (amount.Contains(',', StringComparison.Ordinal) || !decimal.TryParse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
        {
            return ("~", Why(printed, text));
        }

        var unit = match.Groups[2].Value switch
        {
            "万元" or "万" => "万元",
            "元" => "元",
            _ => headerUnit,
        };
        return unit is null
            ? ("~", $"金额“{printed}”没有注明单位（万元或元），请按原报告写成 {amount}万元 或 {amount}元")
            : (amount + unit, null);
    }

    /// <summary>The unit a header names: “（单位：万元）”, “(单位:元)”, “（万元）”.</summary>
    public static string? UnitOf(string header)
    {
        var label = Labels.Normalise(header);
        return label.Contains("万元", StringComparison.Ordinal) ? "万元"
            : label.Contains("(元)", StringComparison.Ordinal) || label.Contains(":元", StringComparison.Ordinal) ? "元"
            : null;
    }

    /// <summary>Half-width digits and signs, no spaces, thousands separators kept for the pattern to check.</summary>
    private static string Plain(string printed)
    {
        var text = new StringBuilder(printed.Length);
        foreach (var c in printed)
        {
            if (TextTidy.IsSpace(c))
            {
                continue;
            }

            text.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                '，' => ',',
                '－' or '−' or '‐' or '–' => '-',
                '＋' => '+',
                '（' => '(',
                '）' => ')',
                _ => c,
            });
        }

        return text.ToString();
    }

    private static string Why(string printed, string text) =>
        text is "-" or "—" or "——" or "/" or "\\" or "无" or "空" or "×" or "*" or "—-"
            ? $"原表为“{printed}”，不能确定是 0 还是空白"
            : Regex.IsMatch(text, "[零〇一二三四五六七八九十百千万两]")
                ? $"原表写的是“{printed}”，不是阿拉伯数字"
                : $"原表为“{printed}”，不是一个数";

    /// <summary>Digits, white space, digits: two figures in one cell (a lost cell border), never joined into one.</summary>
    [GeneratedRegex(@"[0-9０-９][\s\u00A0\u3000]+[0-9０-９]")]
    private static partial Regex TwoNumbers();

    [GeneratedRegex(@"^(?:([+-])?([0-9]{1,10})(?:件|个|项|起|条|次|人次)?)$")]
    private static partial Regex CountPattern();

    [GeneratedRegex(@"^([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]{1,15}(?:\.[0-9]{1,10})?)\(?(万元|万|元)?\)?$")]
    private static partial Regex MoneyPattern();
}
