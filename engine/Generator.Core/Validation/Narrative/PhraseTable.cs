using System.Collections.Frozen;

namespace Generator.Validation.Narrative;

/// <summary>
/// The words the N1 check reads: keywords that name a figure of the tables, written the ways staff
/// write them. At each position of the text the longest keyword wins, so “予以公开及部分公开” is one
/// keyword and not “予以公开” followed by “部分公开”, and “复议后起诉” is not read as “行政复议”.
/// </summary>
internal static class PhraseTable
{
    private const KeywordFlags Verb = KeywordFlags.Verb;
    private const KeywordFlags VerbAlone = KeywordFlags.Verb | KeywordFlags.UnsureAlone;

    public static IReadOnlyList<Keyword> Keywords { get; } =
    [
        // Table 2 一、二、四
        new("新收", Topic.Received),
        new("收到", Topic.Received, Flags: VerbAlone),
        new("接收", Topic.Received, Flags: VerbAlone),
        new("受理", Topic.Accepted, Flags: Verb),
        new("上年结转", Topic.CarriedIn),
        new("上年度结转", Topic.CarriedIn),
        new("上一年结转", Topic.CarriedIn),
        new("上一年度结转", Topic.CarriedIn),
        new("结转下年度", Topic.CarriedOut),
        new("结转下一年度", Topic.CarriedOut),
        new("结转至下年度", Topic.CarriedOut),
        new("结转至下一年度", Topic.CarriedOut),
        new("结转到下年度", Topic.CarriedOut),
        new("结转到下一年度", Topic.CarriedOut),
        new("结转下年", Topic.CarriedOut),
        new("结转", Topic.Carried),

        // Table 2 三: the total and the outcome groups
        new("办结", Topic.Handled, Flags: Verb),
        new("答复", Topic.Handled, Flags: Verb),
        new("办理", Topic.Processed, Flags: Verb),
        new("予以公开", Topic.Disclosed),
        new("同意公开", Topic.Disclosed),
        new("部分公开", Topic.PartlyDisclosed),
        new("予以公开及部分公开", Topic.DisclosedOrPartly),
        new("予以公开和部分公开", Topic.DisclosedOrPartly),
        new("予以公开或部分公开", Topic.DisclosedOrPartly),
        new("予以公开与部分公开", Topic.DisclosedOrPartly),
        new("公开及部分公开", Topic.DisclosedOrPartly),
        new("全部或部分公开", Topic.DisclosedOrPartly),
        new("全部或部分予以公开", Topic.DisclosedOrPartly),
        new("不予公开", Topic.Withheld),
        new("不予以公开", Topic.Withheld),
        new("未予公开", Topic.Withheld),
        new("不同意公开", Topic.Withheld),
        new("无法提供", Topic.NotAvailable),
        new("不予处理", Topic.NotProcessed),
        new("不予以处理", Topic.NotProcessed),
        new("其他处理", Topic.OtherHandling),

        // Table 3
        new("行政复议", Topic.Reconsideration),
        new("行政诉讼", Topic.Litigation),
        new("诉讼", Topic.Litigation),
        new("行政应诉", Topic.Litigation),
        new("未经复议直接起诉", Topic.DirectSuit),
        new("未经复议起诉", Topic.DirectSuit),
        new("直接起诉", Topic.DirectSuit),
        new("直接提起诉讼", Topic.DirectSuit),
        new("直接提起行政诉讼", Topic.DirectSuit),
        new("复议后起诉", Topic.SuitAfterReconsideration),
        new("经复议后起诉", Topic.SuitAfterReconsideration),
        new("行政复议后起诉", Topic.SuitAfterReconsideration),
        new("复议后提起诉讼", Topic.SuitAfterReconsideration),
        new("复议后提起行政诉讼", Topic.SuitAfterReconsideration),
        new("行政复议后提起诉讼", Topic.SuitAfterReconsideration),
        new("行政复议后提起行政诉讼", Topic.SuitAfterReconsideration),
        new("结果维持", Topic.None, Aspect.Upheld),
        new("维持", Topic.None, Aspect.Upheld),
        new("结果纠正", Topic.None, Aspect.Corrected),
        new("纠正", Topic.None, Aspect.Corrected),
        new("纠错", Topic.None, Aspect.Corrected),
        new("其他结果", Topic.None, Aspect.OtherResult),
        new("尚未审结", Topic.None, Aspect.Pending),
        new("未审结", Topic.None, Aspect.Pending),

        // Table 1 （一）
        new("规章", Topic.Rules),
        new("规范性文件", Topic.NormativeDocuments),
        new("行政规范性文件", Topic.NormativeDocuments),
        new("制发", Topic.None, Aspect.Issued),
        new("印发", Topic.None, Aspect.Issued),
        new("出台", Topic.None, Aspect.Issued),
        new("制定", Topic.None, Aspect.Issued),
        new("制作", Topic.None, Aspect.Issued),
        new("新制作", Topic.None, Aspect.Issued),
        new("新制定", Topic.None, Aspect.Issued),
        new("废止", Topic.None, Aspect.Repealed),
        new("现行有效", Topic.None, Aspect.InForce),
        new("新公开", Topic.None, Aspect.PublishedThisYear),
        new("对外公开总数", Topic.None, Aspect.PublishedTotal),
        new("对外公开总数量", Topic.None, Aspect.PublishedTotal),
        new("累计公开", Topic.None, Aspect.PublishedTotal),

        // Table 1 （五）（六）（八）（九）
        new("行政许可", Topic.Licensing),
        new("行政处罚", Topic.Penalties),
        new("行政强制", Topic.Enforcement),
        new("对外管理服务事项", Topic.OtherPublicServices),
        new("其他对外管理服务事项", Topic.OtherPublicServices),
        new("行政事业性收费", Topic.Fees),
        new("收费", Topic.Fees, Flags: KeywordFlags.Fee),
        new("政府集中采购", Topic.Procurement),
        new("集中采购", Topic.Procurement),
        new("政府采购", Topic.Procurement),

        // Counted things the tables do not hold.
        new("民事诉讼", Topic.Unrelated),
        new("刑事诉讼", Topic.Unrelated),
        new("信息处理费", Topic.Unrelated),
        new("处理费", Topic.Unrelated),
        new("规章制度", Topic.Unrelated),
        new("人大代表建议", Topic.Unrelated),
        new("代表建议", Topic.Unrelated),
        new("政协委员提案", Topic.Unrelated),
        new("政协提案", Topic.Unrelated),
        new("委员提案", Topic.Unrelated),
        new("建议提案", Topic.Unrelated),
        new("建议", Topic.Unrelated),
        new("提案", Topic.Unrelated),
        new("信访", Topic.Unrelated),
        new("咨询", Topic.Unrelated),
        new("留言", Topic.Unrelated),
        new("不予受理", Topic.Unrelated),

        // Shields: words that contain a keyword but do not name a figure.
        new("继续办理", Topic.None),
        new("办理时限", Topic.None),
        new("办理时长", Topic.None),
        new("办理进度", Topic.None),
        new("答复期限", Topic.None),
        new("答复时限", Topic.None),
        new("维持稳定", Topic.None),
        new("维持秩序", Topic.None),
        new("纠正措施", Topic.None),
        new("重新收", Topic.None),
        new("更新收", Topic.None),
    ];

    /// <summary>Keywords by first character, longest first, so that matching at a position is a short scan.</summary>
    private static readonly FrozenDictionary<char, Keyword[]> ByFirstChar = Keywords
        .GroupBy(k => k.Text[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(k => k.Text.Length).ToArray());

    /// <summary>Every character a keyword starts with.</summary>
    public static string FirstCharacters { get; } = string.Concat(Keywords.Select(k => k.Text[0]).Distinct());

    /// <summary>The longest keyword starting at <paramref name="index"/>, if any.</summary>
    public static Keyword? Match(string text, int index)
    {
        if (!ByFirstChar.TryGetValue(text[index], out var candidates))
        {
            return null;
        }

        var rest = text.AsSpan(index);
        foreach (var keyword in candidates)
        {
            if (rest.StartsWith(keyword.Text, StringComparison.Ordinal))
            {
                return keyword;
            }
        }

        return null;
    }
}
