using System.Text.RegularExpressions;
using Generator.Import.Source;

namespace Generator.Import.Recognizing;

/// <summary>
/// Finds the six section headings (一、总体情况 … 六、其他需要报告的事项) in order, by number and by a word each
/// section's heading always has in real reports (“三、依申请公开工作情况” is section 三 as well). Headings set as
/// headings by their markup are preferred, so that a numbered paragraph inside a section (“二、…”) is not taken for one.
/// </summary>
internal static partial class SectionFinder
{
    public const int Sections = 6;

    private static readonly string[][] Words =
    [
        ["总体情况", "基本情况", "概述", "总体", "概况"],
        ["主动公开"],
        ["申请"],
        ["复议", "诉讼"],
        ["问题", "改进"],
        ["其他", "其它", "事项"],
    ];

    /// <returns>For each section, the index of its heading among <paramref name="blocks"/>, or -1 when not found.</returns>
    public static int[] Find(IReadOnlyList<SourceBlock> blocks, int from)
    {
        var marked = Find(blocks, from, markupOnly: true);
        return marked.Count(i => i >= 0) >= 4 ? marked : Find(blocks, from, markupOnly: false);
    }

    private static int[] Find(IReadOnlyList<SourceBlock> blocks, int from, bool markupOnly)
    {
        var found = Enumerable.Repeat(-1, Sections).ToArray();
        var next = 0;
        for (var i = from; i < blocks.Count && next < Sections; i++)
        {
            if (blocks[i] is not SourceText text || (markupOnly && text.Kind != SourceTextKind.Heading))
            {
                continue;
            }

            // A section may be missing: accept the one after it too, never an earlier one.
            for (var s = next; s < Math.Min(next + 2, Sections); s++)
            {
                if (IsHeading(text.Plain, s))
                {
                    found[s] = i;
                    next = s + 1;
                    break;
                }
            }
        }

        return found;
    }

    public static bool IsHeading(string plain, int section)
    {
        var match = Heading().Match(Reading.TextTidy.Squeeze(plain));
        return match.Success && match.Groups[1].Value[0] == "一二三四五六"[section]
            && match.Groups[2].Value.Length <= 40 && Words[section].Any(w => match.Groups[2].Value.Contains(w, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\**([一二三四五六])[、.．,，:：]\**(.+?)\**$")]
    private static partial Regex Heading();
}
