using System.Text;

namespace Generator.Validation.YearOverYear;

/// <summary>
/// How much of last year's text a narrative section says again: last year's sentences that reappear this year,
/// compared with the figures left out (“2021年新收申请26件” and “2022年新收申请31件” are the same sentence),
/// and with spaces, punctuation and Markdown marks ignored. Sentences end at 。！？；!?; and at line breaks;
/// a sentence shorter than <see cref="MinimumLength"/> characters (“无。”, a sub-heading) is not counted.
/// </summary>
public static class TextRepetition
{
    /// <summary>Letters (figures not counted) a sentence needs to count.</summary>
    public const int MinimumLength = 8;

    /// <summary>Sentences last year's section needs for a share to mean anything (one set phrase repeated is not copying).</summary>
    public const int MinimumSentences = 2;

    /// <summary>The share at which a section counts as repeated.</summary>
    public const decimal Threshold = 0.5m;

    /// <summary>Last year's counted sentences and how many of them appear again this year; null when last year's section is too short to judge.</summary>
    public static (int Repeated, int Of)? Measure(string thisYear, string lastYear)
    {
        var before = Sentences(lastYear).ToList();
        if (before.Count < MinimumSentences)
        {
            return null;
        }

        var now = Sentences(thisYear).ToHashSet(StringComparer.Ordinal);
        return (before.Count(now.Contains), before.Count);
    }

    /// <summary>Whether a measure reaches <see cref="Threshold"/>.</summary>
    public static bool IsRepeated((int Repeated, int Of) measure) => measure.Repeated >= Threshold * measure.Of;

    /// <summary>
    /// The counted sentences of a text, each reduced to its letters without figures: “2022年新收申请31件” and
    /// “2021年新收申请26件” are the same, and so are “1. 丰富解读形式” and “- 丰富解读形式”.
    /// </summary>
    public static IEnumerable<string> Sentences(string text)
    {
        var sentence = new StringBuilder();
        var letters = 0;
        foreach (var c in text.Append('\n'))
        {
            if (c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '\n' or '\r')
            {
                if (letters >= MinimumLength)
                {
                    yield return sentence.ToString();
                }

                sentence.Clear();
                letters = 0;
            }
            else if (char.IsLetter(c) && !IsFigure(c))
            {
                sentence.Append(c);
                letters++;
            }
        }
    }

    /// <summary>Digits, full-width digits and the Chinese numerals a figure is written with (“十二件”, “两起”).</summary>
    private static bool IsFigure(char c) =>
        c is (>= '0' and <= '9') or (>= '０' and <= '９') or '〇' or '零' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '百' or '千' or '万' or '亿' or '两';
}
