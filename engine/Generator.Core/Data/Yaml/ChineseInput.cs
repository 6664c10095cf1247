using System.Text;

namespace Generator.Data.Yaml;

/// <summary>
/// What a Chinese input method types instead of the ASCII that YAML and numbers need: full-width digits
/// (３７), the full-width minus, point and tilde (－ ． ～), and Chinese punctuation between figures (，、；).
/// Staff see these as the same characters, so messages name them (全角数字、中文逗号…) and the fix.
/// </summary>
internal static class ChineseInput
{
    /// <summary>Separators a Chinese keyboard gives where a YAML list needs a comma.</summary>
    public const string ListSeparators = "，、；";

    /// <summary>Whether the text has a full-width digit, sign, point or tilde that <see cref="ToHalfWidth"/> changes.</summary>
    public static bool HasFullWidth(string text) => text.AsSpan().IndexOfAny(FullWidth) >= 0;

    private static readonly System.Buffers.SearchValues<char> FullWidth = System.Buffers.SearchValues.Create("０１２３４５６７８９－＋．～〜");

    /// <summary>The text with full-width digits, signs, point and tilde made ASCII; other characters unchanged.</summary>
    public static string ToHalfWidth(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                >= '０' and <= '９' or '－' or '＋' or '．' or '～' => (char)(c - 0xFEE0),
                '〜' => '~',
                _ => c,
            });
        }

        return result.ToString();
    }

    /// <summary>The name of a Chinese separator for messages.</summary>
    public static string NameOf(char separator) => separator switch
    {
        '，' => "中文逗号“，”",
        '、' => "顿号“、”",
        _ => "中文分号“；”",
    };
}
