using System.Collections.Frozen;

namespace Generator.Validation.Narrative;

/// <summary>
/// Classifies the words between a keyword and a number: known fillers are dropped (the longest first at
/// each position), years and dates are skipped, and what is left decides whether the number is the
/// keyword's figure (<see cref="GapKind.Fillers"/>), possibly it (<see cref="GapKind.OtherWords"/>,
/// <see cref="GapKind.Approximate"/>), or something else (<see cref="GapKind.Blocked"/>).
/// </summary>
internal static class GapReader
{
    /// <summary>More words left than this and the number is too far from the keyword to be its figure.</summary>
    private const int MaxOtherWords = 4;

    private static readonly string[] Common =
    [
        "共计", "合计", "总计", "累计", "共有", "总数为", "总数", "数量为", "数量", "件数", "共", "计", "了", "为", "达到", "达",
        "是", "有", "的", "依法", "全年", "本年度", "本年", "年内", "当年", "今年", "年度", "度",
    ];

    private static readonly FrozenDictionary<Family, FrozenDictionary<char, string[]>> Fillers = new Dictionary<Family, string[]>
    {
        [Family.None] = Common,
        [Family.Requests] =
        [
            .. Common, "政府信息公开申请", "政府信息依申请公开", "依申请公开政府信息", "依申请公开申请", "依申请公开", "政府信息公开",
            "信息公开申请", "公开申请", "申请件", "申请", "政府信息", "信息公开", "各类", "至", "到", "继续办理", "作出",
        ],
        [Family.Appeals] = [.. Common, "案件", "案", "政府信息公开", "信息公开", "涉及", "申请", "共发生", "发生"],
        [Family.Documents] = [.. Common, "件数"],
        [Family.Decisions] = [.. Common, "处理决定", "决定书", "决定", "作出"],
        [Family.Fees] = [.. Common, "收费金额", "总金额", "金额", "总额", "收入", "收取"],
        [Family.Procurement] = [.. Common, "采购总金额", "采购金额", "采购项目", "总金额", "金额", "项目", "方式", "实施", "完成", "采购"],
    }.ToFrozenDictionary(f => f.Key, f => f.Value.GroupBy(w => w[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray()));

    /// <summary>Words that make the number another count than the keyword's: a part (其中, 中), a change, a rate, a channel.</summary>
    private static readonly string[] Blockers =
    [
        "其中", "同比", "环比", "比上年", "较上年", "比去年", "较去年", "上年", "去年", "增加", "增多", "多出", "超出", "多于", "少于", "减少", "增长", "下降", "上升", "提高", "降低",
        "增幅", "降幅", "占", "率", "比例", "比重", "平均", "每", "各", "分别", "网上", "网络", "在线", "线上", "书面", "当面", "现场",
        "信函", "邮寄", "邮件", "传真", "电话", "自然人", "法人", "企业", "组织", "事项", "项目", "信息", "人次", "未", "不", "无", "非",
        "以来", "以前", "以后", "之前", "之后", "中",
    ];

    /// <summary>Words before a keyword that make its figure another year's: “上年新收申请30件”, “与去年同期相比”.</summary>
    private static readonly string[] OtherYears = ["同比", "上年", "去年", "上一年", "前年", "同期", "相比", "以往", "历年"];

    private static readonly string[] Estimates = ["大约", "将近", "接近", "超过", "约", "近", "逾"];

    /// <param name="remainder">The words left after the fillers, for the message of an info.</param>
    public static GapKind Classify(string text, int from, int to, Family family, out string remainder)
    {
        remainder = string.Empty;
        if (from >= to)
        {
            return GapKind.Fillers;
        }

        var fillers = Fillers[family];
        Span<char> left = stackalloc char[MaxOtherWords * 2];
        var length = 0;
        for (var i = from; i < to;)
        {
            var c = text[i];
            if (IsIgnorable(c))
            {
                i++;
                continue;
            }

            if (NumberReader.IsDigit(c))
            {
                // Only years and dates are left between tokens (other numbers are tokens themselves).
                NumberReader.TryRead(text, i, out _, out _, out var end);
                i = Math.Max(end, i + 1);
                continue;
            }

            if (Filler(fillers, text, i, to) is { } filler)
            {
                i += filler.Length;
                continue;
            }

            if (length == left.Length)
            {
                return GapKind.Blocked;
            }

            left[length++] = c;
            i++;
        }

        if (length == 0)
        {
            return GapKind.Fillers;
        }

        var words = left[..length];
        foreach (var blocker in Blockers)
        {
            if (words.Contains(blocker, StringComparison.Ordinal))
            {
                return GapKind.Blocked;
            }
        }

        remainder = words.ToString();
        if (OnlyEstimates(words))
        {
            return GapKind.Approximate;
        }

        return length > MaxOtherWords ? GapKind.Blocked : GapKind.OtherWords;
    }

    /// <summary>
    /// Whether <paramref name="from"/>…<paramref name="to"/> says the figure is of another year than the
    /// report's: a comparison word (上年, 同比…) or a year other than <paramref name="year"/> (“2021年新收申请30件”
    /// in the 2022 report). Such a figure is not the table's, whatever it is.
    /// </summary>
    public static bool SpeaksOfAnotherYear(string text, int from, int to, int year, bool comparisons)
    {
        var span = text.AsSpan(from, to - from);
        if (comparisons)
        {
            foreach (var word in OtherYears)
            {
                if (span.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        for (var at = 0; span[at..].IndexOf('年') is var found and >= 0; at += found + 1)
        {
            var digits = span[..(at + found)].TrimEnd();
            if (digits.Length >= 4 && int.TryParse(digits[^4..], out var written) && written != year
                && (digits.Length == 4 || !NumberReader.IsDigit(digits[^5])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the gap says what the verb is about: “收到政府信息公开申请10件”, not “收到群众来信13件”.</summary>
    public static bool NamesApplications(string text, int from, int to) =>
        from < to && text.AsSpan(from, to - from).Contains("申请", StringComparison.Ordinal);

    private static string? Filler(FrozenDictionary<char, string[]> fillers, string text, int i, int to)
    {
        if (!fillers.TryGetValue(text[i], out var candidates))
        {
            return null;
        }

        var rest = text.AsSpan(i, to - i);
        foreach (var word in candidates)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                return word;
            }
        }

        return null;
    }

    private static bool OnlyEstimates(ReadOnlySpan<char> words)
    {
        while (!words.IsEmpty)
        {
            var found = false;
            foreach (var estimate in Estimates)
            {
                if (words.StartsWith(estimate, StringComparison.Ordinal))
                {
                    words = words[estimate.Length..];
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Spaces (PDF artefacts), quotation marks and Markdown emphasis say nothing about the count.</summary>
    private static bool IsIgnorable(char c) =>
        char.IsWhiteSpace(c) || c is '“' or '”' or '‘' or '’' or '"' or '\'' or '「' or '」' or '『' or '』' or '*' or '_' or '~' or '`';
}
