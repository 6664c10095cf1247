using Generator.Diagnostics;
using System.Globalization;
using Generator.Data;

namespace Generator.Authoring;

/// <summary>
/// Writes the YAML of a new year's data file: figures carried over from the previous year filled in,
/// every other figure blank (<c>~</c>, which is not 0), narrative as <see cref="NarrativeText.Placeholder"/>
/// paragraphs that validation refuses until replaced, and a Chinese comment on each line saying what to fill.
/// </summary>
internal sealed partial class YearFileWriter
{
    private readonly YamlLines _text = new();
    private readonly List<string> _notes = [];
    private readonly int _year;
    private readonly ReportFormat _format;

    /// <summary>The previous year's report when it is exactly the year before; only then are figures carried.</summary>
    private readonly Report? _previous;

    private YearFileWriter(int year, Report? previous)
    {
        _year = year;
        _format = ReportFormats.ForYear(year);
        _previous = previous;
    }

    /// <param name="latest">The latest earlier report of the bureau, or null when there is none.</param>
    /// <returns>The file text and, in Chinese, what was carried over and what could not be.</returns>
    public static (string Text, IReadOnlyList<string> Notes) Write(int year, Report? latest)
    {
        var writer = new YearFileWriter(year, latest?.Year == year - 1 ? latest : null);
        if (latest is null)
        {
            writer._notes.Add("没有更早年度的数据，所有数字留空。");
        }
        else if (latest.Year != year - 1)
        {
            writer._notes.Add($"最近的数据是 {latest.Year} 年度，不是上一年度（{year - 1}），结转数字无法填写，全部留空。");
        }

        writer.WriteAll(latest);
        return (writer._text.ToString(), writer._notes);
    }

    private string FormatName => _format.Name();

    private void WriteAll(Report? latest)
    {
        Raw($"# yaml-language-server: $schema=../../schema/report-{FormatName}.schema.json");
        Raw($"# {_year}年政府信息公开工作年度报告数据（{FormatName}格式）");
        Raw(_previous is null
            ? $"# 由 {CommandName.Of("new")} 建立。数字一律留空（~），请按本年度实际填写；写法见 docs/data-format.md。"
            : $"# 由 {CommandName.Of("new")} 依据 {_previous.Year}.yaml 建立：结转的数字已填写，其余留空（~），请按本年度实际填写；写法见 docs/data-format.md。");
        Raw("# 空白（~）在报告中显示为空格、不当作 0 计算；本年确为 0 的请写 0。标有“【待填写】”的文字必须改写，否则不能生成报告。");
        Line(0, "year", _year.ToString(CultureInfo.InvariantCulture), "报告年度，须与文件名一致");
        Line(0, "format", FormatName, _format == ReportFormat.Format2021
            ? "官方格式：2021 格式（国办公开办函〔2021〕30号）"
            : "官方格式：2019 格式（国办公开办函〔2019〕60号）");
        Line(0, "standard_intro", latest?.StandardIntro is false ? "false" : "true", "true 时由程序生成标准前言：编制依据、六个部分、统计期限、发布网站、联系方式");
        if (latest?.Intro is not null)
        {
            Raw(string.Empty);
            Narrative("intro", "前言（Markdown），放在“一、总体情况”之前", [$"{_year}年度报告的前言。"]);
        }

        Raw(string.Empty);
        WriteOverview();
        Raw(string.Empty);
        WriteProactive();
        Raw(string.Empty);
        WriteRequests();
        Raw(string.Empty);
        WriteAppeals();
        Raw(string.Empty);
        Narrative("problems_and_improvements", "五、存在的主要问题及改进情况（Markdown）", _format == ReportFormat.Format2021
            ? [$"上一年度报告所列问题在 {_year} 年的整改情况。", "本年度存在的主要问题和改进措施。"]
            : ["本年度存在的主要问题和改进措施。"]);
        Raw(string.Empty);
        Narrative("other_matters", "六、其他需要报告的事项（Markdown）；没有时写“无。”", _format == ReportFormat.Format2021
            ? ["其他需要报告的事项，如政务公开年度重点任务落实、人大代表建议和政协提案办理公开情况；没有时只写“无。”。收取信息处理费的情况由 processing_fee 自动生成。"]
            : ["其他需要报告的事项；没有时只写“无。”。"]);
        Raw(string.Empty);
        if (_format == ReportFormat.Format2021)
        {
            Line(0, "processing_fee", "{ amount: ~, unit: 元 }", "信息处理费：未收取写 0，收取写实际金额；填写后第六部分自动生成收费说明");
        }

        Line(0, "signed_on", "~", $"落款日期，如 {_year + 1}-01-20（可选）");
    }

    private void WriteOverview()
    {
        string[] paragraphs = _format == ReportFormat.Format2021
            ? [$"{_year}年本单位政府信息公开工作的总体情况。", "# 主动公开", "主动公开工作情况。", "# 依申请公开", "依申请公开工作情况。",
                "# 政府信息管理", "政府信息管理情况。", "# 政府信息公开平台建设", "政府信息公开平台建设情况。", "# 监督保障", "监督保障情况。"]
            : [$"{_year}年本单位政府信息公开工作的总体情况，包括主动公开、依申请公开、政府信息管理、平台建设、监督保障等方面。"];
        Narrative("overview", "一、总体情况（Markdown）", paragraphs);
    }

    /// <summary>A block scalar; paragraphs starting with # are sub-headings and stay as written, the others are placeholders.</summary>
    private void Narrative(string key, string comment, string[] paragraphs)
    {
        Line(0, key, "|", comment);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            if (i > 0)
            {
                Raw(string.Empty);
            }

            var p = paragraphs[i];
            Raw("  " + (p.StartsWith('#') ? p : NarrativeText.Placeholder + p));
        }
    }

    private void Raw(string line) => _text.Raw(line);

    private void Line(int indent, string key, string value, string? comment, int keyWidth = 0) => _text.Line(indent, key, value, comment, keyWidth);

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "~";
}
