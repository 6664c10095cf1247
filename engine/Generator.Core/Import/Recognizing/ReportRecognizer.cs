using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Data;
using Generator.Import.Reading;
using Generator.Import.Source;

namespace Generator.Import.Recognizing;

/// <summary>
/// Recognises a published report in the blocks a reader found: the title (year, agency), the six sections,
/// the three tables and the format their shape and labels show, the narrative of each section as Markdown,
/// the signature and its date. Nothing is invented: what is not found is left blank and said so.
/// </summary>
internal static partial class ReportRecognizer
{
    /// <summary>The data file's narrative field of each section; sections 二–四 hold tables, their text is the table's note.</summary>
    private static readonly string[] SectionFields = ["overview", "proactive_disclosure.note", "requests.note", "appeals.note", "problems_and_improvements", "other_matters"];

    /// <returns>The report, or null when the input has none of the official tables (then it is not a report).</returns>
    public static ImportedReport? Recognise(SourceDocument document)
    {
        var blocks = document.Blocks;
        var tables = TableFinder.Find(blocks.OfType<SourceTable>());
        if (tables.Count == 0)
        {
            return null;
        }

        var report = new ImportedReport();
        var titleAt = Title(blocks, report);
        var sections = SectionFinder.Find(blocks, titleAt + 1);
        report.Format = Format(tables, report);
        if (tables.TryGetValue(TableKind.Proactive, out var proactive))
        {
            ProactiveTableReader.Read(proactive, report.Format, report);
        }
        else
        {
            ProactiveTableReader.Read([], report.Format, report);
            report.Notes.Add("没有找到表1（主动公开政府信息情况）。");
        }

        RequestsTableReader.Read(tables.GetValueOrDefault(TableKind.Requests) ?? [], report.Format, report);
        if (!tables.ContainsKey(TableKind.Requests))
        {
            report.Notes.Add("没有找到表2（收到和处理政府信息公开申请情况）。");
        }

        AppealsTableReader.Read(tables.GetValueOrDefault(TableKind.Appeals) ?? [], report);
        if (!tables.ContainsKey(TableKind.Appeals))
        {
            report.Notes.Add("没有找到表3（政府信息公开行政复议、行政诉讼情况）。");
        }

        Narrative(blocks, titleAt, sections, report);
        report.Year ??= YearFromText(blocks) ?? (report.SignedOn?.Year - 1);
        return report;
    }

    /// <summary>The title (“…2021年政府信息公开工作年度报告”): year, agency before the year; the agency on a line of its own above it too.</summary>
    private static int Title(IReadOnlyList<SourceBlock> blocks, ImportedReport report)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not SourceText text || text.Plain.Length > 80 || text.Plain.Contains('>', StringComparison.Ordinal) || text.Plain.Contains("当前位置", StringComparison.Ordinal))
            {
                continue;
            }

            var title = TextTidy.Squeeze(text.Plain);
            var match = TitlePattern().Match(title);
            if (!match.Success)
            {
                continue;
            }

            report.Year = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var agency = match.Groups[1].Value.Trim('：', ':', '，', ',', '《', '》');
            if (agency.Length == 0 && i > 0 && blocks[i - 1] is SourceText above && IsAgencyLine(above.Plain))
            {
                agency = TextTidy.Squeeze(above.Plain);
                title = agency + title;
            }

            report.Agency = agency.Length > 0 ? agency : null;
            report.Title = title;
            return i;
        }

        return -1;
    }

    private static bool IsAgencyLine(string plain) => plain.Length is > 1 and <= 30 && AgencyEnd().IsMatch(TextTidy.Squeeze(plain));

    private static ReportFormat Format(Dictionary<TableKind, List<SourceRow>> tables, ImportedReport report)
    {
        int votes2019 = 0, votes2021 = 0;
        var reasons = new List<string>();
        foreach (var cell in tables.GetValueOrDefault(TableKind.Proactive)?.SelectMany(r => r.Cells) ?? [])
        {
            var core = Labels.Core(cell.Text);
            if (core is "本年制发件数" or "本年废止件数" or "现行有效件数" || core.StartsWith("本年收费金额", StringComparison.Ordinal) || core == "行政规范性文件")
            {
                votes2021++;
                reasons.Add("表1“" + core + "”");
            }
            else if (core is "本年新制作数量" or "上一年项目数量" or "采购项目数量" or "政府集中采购" or "其他对外管理服务事项" or "本年增/减" or "本年增减")
            {
                votes2019++;
                reasons.Add("表1“" + core + "”");
            }
        }

        foreach (var row in tables.GetValueOrDefault(TableKind.Requests) ?? [])
        {
            var label = row.Cells.LastOrDefault(c => Labels.IsWords(c.Text))?.Text;
            var path = label is null ? null : RequestRowNames.PathOf(label);
            if (path is "other_handling.no_correction" or "other_handling.fee_unpaid")
            {
                votes2021 += 2;
                reasons.Add("表2（六）其他处理分三行");
            }
            else if (path == "other_handling" && row.Cells.Any(c => c.Text.Length > 0 && !Labels.IsWords(c.Text)))
            {
                votes2019 += 2;
                reasons.Add("表2（六）其他处理只有一行");
            }
        }

        var format = votes2021 == votes2019 ? ReportFormats.ForYear(report.Year ?? 2021) : votes2021 > votes2019 ? ReportFormat.Format2021 : ReportFormat.Format2019;
        var chosen = format == ReportFormat.Format2021 ? "2021" : "2019";
        report.FormatReason = votes2021 == votes2019
            ? $"表格中没有区分两种格式的栏目，按年度取 {chosen} 格式"
            : $"{chosen} 格式（依据：{string.Join("、", reasons.Distinct(StringComparer.Ordinal).Take(3))}）";
        return format;
    }

    private static int? YearFromText(IReadOnlyList<SourceBlock> blocks)
    {
        foreach (var text in blocks.OfType<SourceText>().Take(60))
        {
            var match = PeriodPattern().Match(TextTidy.Squeeze(text.Plain));
            if (match.Success)
            {
                return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(.*?)((?:19|20)[0-9]{2})年度?(?:的)?(?:政府|政务)?信息公开(?:工作)?(?:年度)?报告")]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"统计期限(?:为|是)?((?:19|20)[0-9]{2})年1月1日")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex("(局|分局|支队|大队|机关|政府|办公室|委员会|厅|委|所)$")]
    private static partial Regex AgencyEnd();
}
