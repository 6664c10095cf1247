using System.Globalization;
using Generator.Data;

namespace Generator.Bench.Synthetic;

/// <summary>
/// Writes the Markdown narrative of one synthetic report: paragraphs of varied length, sub-headings or
/// bold lead-ins, a list, emphasis and a link. The sentences that quote table figures use the set
/// phrases of the N1 check (“新收政府信息公开申请N件”…) with the table's own figures, so N1 holds.
/// Pooled sentences the bureau used the year before are avoided while the pool has enough others, as a bureau
/// that writes its report afresh does: the repetition check (N2) warns about reports that copy last year's text.
/// </summary>
internal sealed class NarrativeWriter
{
    private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六"];

    private readonly BureauProfile bureau;
    private readonly YearFigures figures;
    private readonly Dice dice;
    private readonly HashSet<string> lastYear;
    private readonly HashSet<string> said;

    /// <param name="said">The pooled sentences of the year before; cleared and filled with this year's as they are picked.</param>
    public NarrativeWriter(BureauProfile bureau, YearFigures figures, Dice dice, HashSet<string> said)
    {
        this.bureau = bureau;
        this.figures = figures;
        this.dice = dice;
        lastYear = new HashSet<string>(said, StringComparer.Ordinal);
        said.Clear();
        this.said = said;
    }

    public string Overview()
    {
        var opening = string.Format(CultureInfo.InvariantCulture, Fresh(Phrases.Openings, 1)[0], figures.Year, bureau.Agency);
        List<(string Title, string Text)> parts =
        [
            ("主动公开", Sentences(Phrases.Proactive, 1, 3) + DecisionsSentence()),
            ("依申请公开", RequestsSentence() + Sentences(Phrases.Requests, 0, 2) + AppealsSentence()),
            ("政府信息管理", Sentences(Phrases.Management, 1, 2)),
            ("政府信息公开平台建设", Sentences(Phrases.Platform, 1, 2) + $"公开内容可通过[{bureau.WebsiteName}]({bureau.Website})公安专栏查阅。"),
            ("监督保障", Sentences(Phrases.Oversight, 1, 3)),
        ];
        var blocks = new List<string> { opening };
        var list = "- " + string.Join("；\n- ", Fresh(Phrases.ProactiveList, dice.Between(2, 5))) + "。";
        if (dice.Chance(0.5))
        {
            // Sub-headings, as the 2021 sample data writes them; the list follows the first section.
            foreach (var (title, text) in parts)
            {
                blocks.Add("# " + title);
                blocks.Add(text);
                if (title == "主动公开")
                {
                    blocks.Add("重点公开以下几类信息：");
                    blocks.Add(list);
                }
            }
        }
        else
        {
            // Bold lead-ins “**（一）主动公开。**……”, the other common layout.
            for (var i = 0; i < parts.Count; i++)
            {
                blocks.Add($"**（{Numerals[i]}）{parts[i].Title}。**{parts[i].Text}");
            }

            blocks.Insert(2, list);
        }

        return string.Join("\n\n", blocks);
    }

    public string ProblemsAndImprovements()
    {
        var blocks = new List<string>();
        if (figures.Format == ReportFormat.Format2021)
        {
            blocks.Add($"{figures.Year - 1}年度报告提出的问题，本年度已通过{dice.Pick(Phrases.Improvements).Detail}等措施加以整改。");
        }

        var problems = Fresh(Phrases.Problems, dice.Between(2, 3));
        blocks.Add("本年度仍存在的主要问题：" + string.Join("；", problems.Select((p, i) => $"{Numerals[i]}是{p}")) + "。");
        var improvements = Fresh(Phrases.Improvements, dice.Between(2, 4), m => m.Detail);
        if (dice.Chance(0.5))
        {
            blocks.Add("改进措施：" + string.Join("；", improvements.Select((m, i) => $"{Numerals[i]}是**{m.Lead}**，{m.Detail}")) + "。");
        }
        else
        {
            blocks.Add("下一步将重点做好以下工作：");
            blocks.Add(string.Join("\n", improvements.Select((m, i) => $"{i + 1}. **{m.Lead}**：{m.Detail}。")));
        }

        return string.Join("\n\n", blocks);
    }

    public string OtherMatters()
    {
        if (dice.Chance(0.4))
        {
            return "无。";
        }

        return $"{figures.Year}年度承办的人大代表建议{dice.Between(0, 8)}件、政协委员提案{dice.Between(0, 6)}件均已按期办结，答复全文已在门户网站公开。";
    }

    /// <summary>A short introduction written by the bureau instead of the standard one.</summary>
    public string Intro() =>
        $"本报告由{bureau.Agency}依据《中华人民共和国政府信息公开条例》编制，统计期限为{figures.Year}年1月1日至12月31日。"
        + $"本报告电子版可在[{bureau.WebsiteName}]({bureau.Website})下载；如有疑问，请与{bureau.Office}联系（电话：{bureau.Phone}）。";

    public string? ProactiveNote() =>
        dice.Chance(0.3) ? $"下表统计口径为本局及{dice.Pick(Phrases.Units)}，数据截至{figures.Year}年12月31日。" : null;

    public string? RequestsNote() =>
        dice.Chance(0.2) ? "申请人通过网络平台提交的申请，以系统记录的提交时间为收到时间；信函申请以签收时间为收到时间。" : null;

    public string? AppealsNote() =>
        dice.Chance(0.15) ? "表中案件均为以本局为被申请人或被告的政府信息公开案件。" : null;

    private string Sentences(IReadOnlyList<string> pool, int min, int max) => string.Concat(Fresh(pool, dice.Between(min, max)));

    /// <summary><paramref name="count"/> sentences of the pool, none said last year while enough others remain; remembered as said.</summary>
    private IReadOnlyList<string> Fresh(IReadOnlyList<string> pool, int count) => Fresh(pool, count, s => s);

    private IReadOnlyList<T> Fresh<T>(IReadOnlyList<T> pool, int count, Func<T, string> text)
    {
        var unsaid = pool.Where(s => !lastYear.Contains(text(s))).ToList();
        var picked = dice.PickSome(unsaid.Count >= count ? unsaid : pool, count);
        said.UnionWith(picked.Select(text));
        return picked;
    }

    /// <summary>N1: 新收…申请N件, 上年结转N件, 结转下年度N件, from table 2.</summary>
    private string RequestsSentence()
    {
        var t = figures.Table2;
        var handled = t.Total.Sum();
        var text = $"全年新收政府信息公开申请{t.ReceivedTotal}件";
        if (t.CarriedInTotal > 0)
        {
            text += $"，加上上年结转{t.CarriedInTotal}件，共需办理{t.ReceivedTotal + t.CarriedInTotal}件";
        }

        text += $"；年内办结{handled}件，其中予以公开{t.Cell("disclosed")}件、部分公开{t.Cell("partly_disclosed")}件";
        text += t.CarriedOutTotal > 0 ? $"，结转下年度继续办理{t.CarriedOutTotal}件。" : "，无结转下年度的申请。";
        return text;
    }

    /// <summary>N1: 行政复议N件, 行政诉讼N件, from table 3; a kind with no case is not quoted.</summary>
    private string AppealsSentence()
    {
        List<string> kinds = [];
        if (figures.ReconsiderationTotal > 0)
        {
            kinds.Add($"行政复议{figures.ReconsiderationTotal}件");
        }

        if (figures.LawsuitTotal > 0)
        {
            kinds.Add($"行政诉讼{figures.LawsuitTotal}件");
        }

        return kinds.Count == 0
            ? "全年未发生因政府信息公开引起的行政复议、行政诉讼案件。"
            : $"全年发生政府信息公开{string.Join("、", kinds)}。";
    }

    /// <summary>N1: 行政许可/行政处罚/行政强制决定N件, from table 1.</summary>
    private string DecisionsSentence()
    {
        var d = figures.Table1.Decisions;
        return dice.Chance(0.5)
            ? $"全年公开行政许可决定{d["licensing"]}件、行政处罚决定{d["penalties"]}件、行政强制决定{d["enforcement"]}件。"
            : "执法结果信息均按规定及时公开。";
    }
}
