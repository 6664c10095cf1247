using System.Text;
using System.Text.RegularExpressions;
using Generator.Import.Reading;

namespace Generator.Import.Recognizing;

/// <summary>
/// Labels of the official tables as published reports print them: full-width or half-width parentheses
/// and punctuation, spaces inside (“自然 人”, “(三) 不予 公开”), numbering (“1.”, “（一）”), annotations in
/// parentheses (the Hubei-style “规范性文件（指…）”). One comparable form for all of them.
/// </summary>
internal static partial class Labels
{
    /// <summary>No white space; half-width parentheses and punctuation; straight quotes.</summary>
    public static string Normalise(string text)
    {
        var squeezed = TextTidy.Squeeze(text);
        var result = new StringBuilder(squeezed.Length);
        foreach (var c in squeezed)
        {
            result.Append(c switch
            {
                '（' => '(',
                '）' => ')',
                '，' => ',',
                '：' => ':',
                '；' => ';',
                '．' => '.',
                '“' or '”' or '＂' => '"',
                '／' => '/',
                _ => c,
            });
        }

        return result.ToString();
    }

    /// <summary>The label without its numbering (“（三）”, “1.”, “一、”) and without annotations in parentheses.</summary>
    public static string Core(string text)
    {
        var label = Normalise(text);
        for (var i = 0; i < 3; i++)
        {
            var stripped = Numbering().Replace(label, string.Empty);
            if (stripped == label)
            {
                break;
            }

            label = stripped;
        }

        return Annotation().Replace(label, string.Empty).TrimEnd('。', '.', ':', ',');
    }

    /// <summary>
    /// Whether a cell holds words rather than a figure: a Chinese character other than the units figures are
    /// written with (件, 万元…), or Latin letters.
    /// </summary>
    public static bool IsWords(string text)
    {
        var rest = UnitWords().Replace(text, string.Empty);
        if (ChineseNumeral().IsMatch(rest.Trim()))
        {
            // “三”, “十二”: a figure written in Chinese, not a label.
            return false;
        }

        foreach (var c in rest)
        {
            if ((c >= '\u4E00' && c <= '\u9FFF') || char.IsAsciiLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(\([一二三四五六七八九十0-9]{1,3}\)|[一二三四五六七八九十]{1,2}[、.]|[0-9]{1,2}[.、]|[0-9]{1,2}(?=[^0-9.]))")]
    private static partial Regex Numbering();

    // “（一）” inside a label is an item number (第二十条第（一）项), not an annotation: numerals in parentheses stay.
    [GeneratedRegex(@"\((?!单位)(?![一二三四五六七八九十0-9]{1,3}\))[^()]{1,200}\)|\(单位[^()]*\)")]
    private static partial Regex Annotation();

    [GeneratedRegex("^[零〇一二三四五六七八九十百千两]{1,6}$")]
    private static partial Regex ChineseNumeral();

    [GeneratedRegex("万元|元|万|件|个|项|起|条|次|人次|笔")]
    private static partial Regex UnitWords();
}
