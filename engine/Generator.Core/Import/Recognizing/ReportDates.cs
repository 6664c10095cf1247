using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Import.Reading;

namespace Generator.Import.Recognizing;

/// <summary>Dates as signatures print them: <c>2021年1月20日</c>, with spaces, or in Chinese numerals (<c>二〇二一年一月二十日</c>).</summary>
internal static partial class ReportDates
{
    public static DateOnly? Parse(string text)
    {
        var plain = TextTidy.Squeeze(text);
        var match = Digits().Match(plain);
        if (match.Success)
        {
            return Make(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
        }

        match = Numerals().Match(plain);
        if (!match.Success)
        {
            return null;
        }

        var year = 0;
        foreach (var c in match.Groups[1].Value)
        {
            year = (year * 10) + Digit(c);
        }

        return Make(year, Small(match.Groups[2].Value), Small(match.Groups[3].Value));
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 2000 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int Digit(char c) => "〇一二三四五六七八九".IndexOf(c is '零' or '○' or 'Ｏ' or 'O' or '0' ? '〇' : c, StringComparison.Ordinal);

    /// <summary>一 … 三十一.</summary>
    private static int Small(string text) => text switch
    {
        "十" => 10,
        _ when text.StartsWith('十') => 10 + Digit(text[1]),
        _ when text.Length == 3 && text[1] == '十' => (Digit(text[0]) * 10) + Digit(text[2]),
        _ when text.Length == 2 && text[1] == '十' => Digit(text[0]) * 10,
        _ when text.Length == 1 => Digit(text[0]),
        _ => -1,
    };

    [GeneratedRegex(@"^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^([〇零○Ｏ0O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$")]
    private static partial Regex Numerals();
}
