namespace Generator.Validation.Narrative;

/// <summary>
/// Reads the Chinese numerals staff use for small counts: 零/〇, 一…九, 两, 十, 百, 千
/// (三, 十二, 二十, 九十九, 一百零五). Anything else (二百五, 一二, 十十) is not read.
/// </summary>
internal static class ChineseNumerals
{
    /// <summary>Longest run read; a count written in words is short, and a bound keeps the reader linear.</summary>
    public const int MaxLength = 8;

    public static bool IsNumeral(char c) => Digit(c) >= 0 || Multiplier(c) > 0;

    /// <summary>The value of the numeral, or null when the characters are not a well-formed number.</summary>
    public static int? Parse(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > MaxLength)
        {
            return null;
        }

        var total = 0;
        var digit = -1;
        var lastMultiplier = int.MaxValue;
        foreach (var c in s)
        {
            if (Digit(c) is var d and >= 0)
            {
                // Two digits in a row (一二) are not a number; 零 may stand before a digit (一百零五).
                if (digit > 0)
                {
                    return null;
                }

                digit = d;
                continue;
            }

            var m = Multiplier(c);
            if (digit == -1 && c == '十' && total == 0)
            {
                digit = 1; // 十二 = 12
            }

            if (digit <= 0 || m >= lastMultiplier)
            {
                return null;
            }

            total += digit * m;
            lastMultiplier = m;
            digit = -1;
        }

        return digit >= 0 ? total + digit : total;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    private static int Multiplier(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };
}
