using System.Text.RegularExpressions;
using Generator.Import.Reading;
using Generator.Import.Source;

namespace Generator.Import.Recognizing;

/// <summary>The narrative: the introduction before section 一, each section's text as Markdown, and the signature block at the end.</summary>
internal static partial class ReportRecognizer
{
    private static void Narrative(IReadOnlyList<SourceBlock> blocks, int titleAt, int[] sections, ImportedReport report)
    {
        var first = sections.FirstOrDefault(s => s >= 0, -1);
        if (first < 0)
        {
            report.Notes.Add("没有找到“一、总体情况”等六个部分的标题，叙述没有导入。");
            return;
        }

        if (sections[0] < 0)
        {
            report.Notes.Add("没有找到“一、总体情况”的标题。");
        }

        // The introduction: between the title and section 一, without what the portal prints around an article.
        var intro = Range(blocks, titleAt + 1, first).Where(t => !PortalLine().IsMatch(TextTidy.Squeeze(t.Plain))).ToList();
        if (intro.Count > 0)
        {
            report.Narrative["intro"] = intro;
        }

        var headingLevel = sections.Where(s => s >= 0).Select(s => blocks[s]).OfType<SourceText>().Select(t => t.Kind == SourceTextKind.Heading ? t.Level : 0).FirstOrDefault();
        var last = Array.FindLastIndex(sections, s => s >= 0);
        for (var s = 0; s < SectionFinder.Sections; s++)
        {
            if (sections[s] < 0)
            {
                if (s is 0 or 4 or 5)
                {
                    report.Notes.Add($"没有找到第{"一二三四五六"[s]}部分的标题，这一部分的叙述没有导入。");
                }

                continue;
            }

            var end = sections.Skip(s + 1).FirstOrDefault(i => i >= 0, blocks.Count);
            var texts = Range(blocks, sections[s] + 1, end).ToList();
            if (s == last)
            {
                texts = Signature(texts, report);
            }

            if (texts.Count > 0)
            {
                report.Narrative[SectionFields[s]] = SubHeadings(texts, headingLevel);
            }
        }
    }

    private static IEnumerable<SourceText> Range(IReadOnlyList<SourceBlock> blocks, int from, int to)
    {
        for (var i = Math.Max(from, 0); i < to && i < blocks.Count; i++)
        {
            if (blocks[i] is SourceText text)
            {
                yield return text;
            }
        }
    }

    /// <summary>
    /// The signature block at the end of the last section: a date, and the line before it when it names an
    /// agency. What follows the date is the portal's page, not the report.
    /// </summary>
    private static List<SourceText> Signature(List<SourceText> texts, ImportedReport report)
    {
        var dateAt = texts.FindLastIndex(t => ReportDates.Parse(t.Plain) is not null || SignatureAndDate().IsMatch(TextTidy.Squeeze(t.Plain)));
        if (dateAt < 0)
        {
            // No date: a last short line naming the agency, set apart at the right, is still the signature.
            var lastAt = texts.FindLastIndex(t => !PortalLine().IsMatch(TextTidy.Squeeze(t.Plain)));
            if (lastAt >= 0 && texts[lastAt].Kind == SourceTextKind.RightAligned && IsAgencyLine(texts[lastAt].Plain))
            {
                report.Signature = TextTidy.Squeeze(texts[lastAt].Plain);
                return texts[..lastAt];
            }

            return [.. texts.Where(t => !PortalLine().IsMatch(TextTidy.Squeeze(t.Plain)))];
        }

        var dateText = TextTidy.Squeeze(texts[dateAt].Plain);
        var both = SignatureAndDate().Match(dateText);
        if (both.Success)
        {
            report.Signature = both.Groups[1].Value;
            report.SignedOn = ReportDates.Parse(both.Groups[2].Value);
            return texts[..dateAt];
        }

        report.SignedOn = ReportDates.Parse(dateText);
        var keep = dateAt;
        if (dateAt > 0 && IsAgencyLine(texts[dateAt - 1].Plain) && !Sentence().IsMatch(texts[dateAt - 1].Plain))
        {
            report.Signature = TextTidy.Squeeze(texts[dateAt - 1].Plain);
            keep = dateAt - 1;
        }

        return texts[..keep];
    }

    /// <summary>Headings inside a section as Markdown sub-headings: <c>#</c> for the first level below the section's, deeper ones <c>##</c>, <c>###</c>.</summary>
    private static List<SourceText> SubHeadings(List<SourceText> texts, int? sectionLevel) =>
        [.. texts.Select(t => t.Kind != SourceTextKind.Heading ? t : t with
        {
            Markdown = new string('#', sectionLevel is > 0 && t.Level > sectionLevel ? Math.Min(t.Level - sectionLevel.Value, 3) : 1) + " "
                + t.Markdown.Replace("**", string.Empty, StringComparison.Ordinal).TrimStart('\\'),
        })];

    /// <summary>What portals print around an article: its date and source, font size and print buttons, the path to the page.</summary>
    [GeneratedRegex(@"(发布(时间|日期)[:：]|来源[:：]|浏览(次数|量)|访问量|点击(数|量|率)|字号[:：]|【?[大中小]{3}】?$|打印(本页|此页)|关闭(窗口|本页)|分享到|当前位置|无障碍|长辈版|索引号|主题分类|发布机构|信息来源|责任编辑|扫一扫|^打印$|^关闭$|^【?(打印|关闭|返回顶部)】?$)")]
    private static partial Regex PortalLine();

    [GeneratedRegex(@"^(.{2,30}?(?:局|分局|支队|大队|机关|政府|办公室|委员会|厅|委|所))((?:[0-9]{4}|[〇零○一二三四五六七八九]{4})年.{1,6}月.{1,6}日)$")]
    private static partial Regex SignatureAndDate();

    [GeneratedRegex("[。；，！？]")]
    private static partial Regex Sentence();
}
