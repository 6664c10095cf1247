using System.Globalization;

namespace Generator.Validation.Narrative;

/// <summary>
/// Reads a number and the unit after it: ASCII or full-width digits with an optional decimal part and
/// thousands separators (1,200), or a short Chinese numeral (三, 十二). Spaces between the number and
/// the unit are PDF artefacts and are skipped (“50 件”). Years and dates (2021年, 12月) are told apart
/// so that they never stop a keyword from reaching its figure.
/// </summary>
internal static class NumberReader
{
    /// <summary>Digits read at most: a longer run is an identifier, not a count.</summary>
    private const int MaxDigits = 18;

    public static bool StartsNumber(char c) => IsDigit(c) || ChineseNumerals.IsNumeral(c);

    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    /// <summary>
    /// Reads the number at <paramref name="start"/>. False when there is none: a Chinese numeral that is
    /// part of a word (一是, 统一, 三类) rather than a count. <paramref name="isTime"/> marks a year, month
    /// or day. <paramref name="end"/> is where reading goes on.
    /// </summary>
    public static bool TryRead(string text, int start, out QuotedNumber number, out bool isTime, out int end)
    {
        if (IsDigit(text[start]))
        {
            return ReadDigits(text, start, out number, out isTime, out end);
        }

        isTime = false;
        return ReadChineseNumeral(text, start, out number, out end);
    }

    private static bool ReadDigits(string text, int start, out QuotedNumber number, out bool isTime, out int end)
    {
        isTime = false;
        Span<char> digits = stackalloc char[MaxDigits];
        var length = 0;
        var plain = true;
        var point = false;
        var i = start;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (IsDigit(c))
            {
                plain &= c <= '9';
                if (length < MaxDigits)
                {
                    digits[length] = c <= '9' ? c : (char)(c - '０' + '0');
                }

                length++;
            }
            else if (c is '.' or '．' && !point && i + 1 < text.Length && IsDigit(text[i + 1]) && length < MaxDigits)
            {
                plain &= c == '.';
                point = true;
                digits[length++] = '.';
            }
            else if (c == ',' && !point && ThreeDigitsFollow(text, i))
            {
                plain = false;
            }
            else
            {
                break;
            }
        }

        end = i;
        var (unit, approximate, unitEnd, time, factor) = ReadUnit(text, i, chineseNumeral: false);

        // An ordinal, a code or part of an address (第3, GB/T 9704, v2) is a number but no figure.
        if (length > MaxDigits || (start > 0 && IsPartOfCode(text[start - 1])))
        {
            number = new QuotedNumber(start, end, 0m, QuotedNumber.NoUnit, Approximate: false, Plain: false);
            return true;
        }

        var value = decimal.Parse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) * factor;
        isTime = time;
        if (unit != QuotedNumber.NoUnit || time)
        {
            end = unitEnd;
        }

        number = new QuotedNumber(start, end, value, unit, approximate, plain && factor == 1m);
        return true;
    }

    private static bool ReadChineseNumeral(string text, int start, out QuotedNumber number, out int end)
    {
        number = default;
        var i = start;
        while (i < text.Length && i - start < ChineseNumerals.MaxLength && ChineseNumerals.IsNumeral(text[i]))
        {
            i++;
        }

        end = i;
        if ((start > 0 && text[start - 1] == '第') || ChineseNumerals.Parse(text.AsSpan(start, i - start)) is not { } value)
        {
            return false;
        }

        var (unit, approximate, unitEnd, _, _) = ReadUnit(text, i, chineseNumeral: true);
        if (unit is QuotedNumber.NoUnit or QuotedNumber.MoneyUnit)
        {
            return false;
        }

        end = unitEnd;
        number = new QuotedNumber(start, unitEnd, value, unit, approximate, Plain: false);
        return true;
    }

    /// <summary>
    /// The unit after a number, skipping spaces; 余/多 before it and 左右/以上/以下 after it make the
    /// number approximate. Units that start longer words (个工作日, 件次, 部门) are no count units.
    /// <c>Factor</c> turns money into 万元.
    /// </summary>
    private static (char Unit, bool Approximate, int End, bool Time, decimal Factor) ReadUnit(string text, int i, bool chineseNumeral)
    {
        var none = (QuotedNumber.NoUnit, false, i, false, 1m);
        i = SkipSpaces(text, i);
        if (i >= text.Length)
        {
            return none;
        }

        var approximate = false;
        if (text[i] is '余' or '多' && !chineseNumeral)
        {
            approximate = true;
            i = SkipSpaces(text, i + 1);
            if (i >= text.Length)
            {
                return none;
            }
        }

        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        if (c is '年' or '月' or '日' && !approximate)
        {
            return (QuotedNumber.NoUnit, false, i + 1, true, 1m);
        }

        var (unit, after, factor) = (c, next) switch
        {
            ('万', '元') => (QuotedNumber.MoneyUnit, i + 2, 1m),
            ('亿', '元') => (QuotedNumber.MoneyUnit, i + 2, 10000m),
            ('元', _) => (QuotedNumber.MoneyUnit, i + 1, 0.0001m),
            ('万', _) when next == '\0' || IsBoundary(next) => (QuotedNumber.MoneyUnit, i + 1, 1m), // “348.47万”: 元 left out
            _ when IsCountUnit(c, next) => (c, i + 1, 1m),
            _ => (QuotedNumber.NoUnit, i, 1m),
        };
        if (unit == QuotedNumber.NoUnit)
        {
            return none;
        }

        var rest = text.AsSpan(after);
        if (rest.StartsWith("左右", StringComparison.Ordinal) || rest.StartsWith("以上", StringComparison.Ordinal)
            || rest.StartsWith("以下", StringComparison.Ordinal) || rest.StartsWith("上下", StringComparison.Ordinal))
        {
            approximate = true;
            after += 2;
        }
        else if (chineseNumeral && after < text.Length && IsIdeograph(text[after]) && !"中均已全都和及与并其共".Contains(text[after]))
        {
            return none; // 一件事, 三个方面, 一起研究: words, not counts
        }

        return (unit, approximate, after, false, factor);
    }

    private static bool IsCountUnit(char c, char next) => c switch
    {
        '件' => next != '次',
        '个' => !"工月小季星自百批".Contains(next),
        '部' => next != '门',
        '起' or '宗' or '项' or '份' or '条' or '批' => true,
        _ => false,
    };

    /// <summary>A thousands separator: a comma with exactly three ASCII digits after it (1,200 but not “2,3” or “2, 办结”).</summary>
    private static bool ThreeDigitsFollow(string text, int comma) =>
        IsAsciiDigit(text, comma + 1) && IsAsciiDigit(text, comma + 2) && IsAsciiDigit(text, comma + 3) && !IsAsciiDigit(text, comma + 4);

    private static bool IsAsciiDigit(string text, int i) => i < text.Length && text[i] is >= '0' and <= '9';

    private static bool IsPartOfCode(char c) => c is '第' or '/' or '.' or '-' or '_' or '#' or '=' or '&' or '?' or ':' || char.IsAsciiLetter(c);

    private static bool IsBoundary(char c) => !IsIdeograph(c) || "，。；、）".Contains(c);

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\u3000' or '\u00a0' or '\t')
        {
            i++;
        }

        return i;
    }
}
