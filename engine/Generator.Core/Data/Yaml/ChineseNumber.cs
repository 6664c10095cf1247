namespace Generator.Data.Yaml;

/// <summary>
/// Reads a small count written in Chinese numerals (三, 十二, 二十, 两, 〇): only to tell staff which
/// Arabic number to write instead, never to accept it, since a report's figures are printed as digits.
/// </summary>
internal static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>The value of 零…九十九 (also 两, 〇); null for anything else.</summary>
    public static int? TryParse(string text)
    {
        text = text.Trim().Replace('两', '二').Replace('〇', '零');
        if (text.Length == 1 && Digits.Contains(text[0], StringComparison.Ordinal))
        {
            return Digits.IndexOf(text[0], StringComparison.Ordinal);
        }

        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0 || text.Length > 3 || text.LastIndexOf('十') != ten)
        {
            return null;
        }

        int? Digit(string part) => part.Length == 0 ? 0 : part.Length == 1 && Digits.IndexOf(part[0], StringComparison.Ordinal) is > 0 and var d ? d : null;
        var tens = ten == 0 ? 1 : Digit(text[..ten]);
        var ones = Digit(text[(ten + 1)..]);
        return tens is > 0 && ones is not null ? tens * 10 + ones : null;
    }
}
