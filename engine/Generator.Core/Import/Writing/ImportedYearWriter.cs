using System.Globalization;
using Generator.Authoring;
using Generator.Data;
using Generator.Import.Recognizing;

namespace Generator.Import.Writing;

/// <summary>
/// Writes an imported report as a year file, laid out as <c>new</c> writes one and as the sample files are:
/// the schema line, a comment on every line naming the row, the published figures (blank as <c>~</c>, 0 as
/// <c>0</c>, money with its unit and decimals, each row's published 总计 as its last value), the narrative
/// as published, and for every cell that could not be read <c>~</c> with a <c># 未能读出：…</c> comment.
/// </summary>
internal sealed partial class ImportedYearWriter
{
    private readonly YamlLines _lines = new();
    private readonly ImportedReport _report;
    private readonly int _year;

    private ImportedYearWriter(ImportedReport report, int year)
    {
        _report = report;
        _year = year;
    }

    /// <param name="header">The comment lines under the schema line: where the file came from and what to check.</param>
    /// <param name="defaultTitle">The title the engine would give the report; the published title is written only when it differs.</param>
    /// <param name="defaultSignature">The bureau's signature; the published one is written only when it differs.</param>
    /// <param name="waivers">Waiver entries to write (<c>--as-published</c>): row, relation, reason.</param>
    public static string Write(ImportedReport report, int year, IReadOnlyList<string> header, string? defaultTitle, string? defaultSignature,
        IReadOnlyList<(string At, string Relation, string Reason)> waivers)
    {
        var writer = new ImportedYearWriter(report, year);
        writer.WriteAll(header, defaultTitle, defaultSignature, waivers);
        return writer._lines.ToString();
    }

    private string FormatName => _report.Format.Name();

    private void WriteAll(IReadOnlyList<string> header, string? defaultTitle, string? defaultSignature, IReadOnlyList<(string At, string Relation, string Reason)> waivers)
    {
        _lines.Raw($"# yaml-language-server: $schema=../../schema/report-{FormatName}.schema.json");
        _lines.Raw($"# {_report.Agency}{_year}年政府信息公开工作年度报告数据（{FormatName}格式）");
        foreach (var line in header)
        {
            _lines.Raw("# " + line);
        }

        _lines.Line(0, "year", _year.ToString(CultureInfo.InvariantCulture), "报告年度，须与文件名一致");
        _lines.Line(0, "format", FormatName, _report.Format == ReportFormat.Format2021
            ? "官方格式：2021 格式（国办公开办函〔2021〕30号）"
            : "官方格式：2019 格式（国办公开办函〔2019〕60号）");
        if (_report.Title is { } title && title != defaultTitle)
        {
            _lines.Line(0, "title", YamlScalar.Plain(title), "标题：照录已发布报告的标题");
        }

        if (_report.StandardIntro)
        {
            _lines.Line(0, "standard_intro", "true", "由程序生成标准前言（已发布报告的前言即是标准前言）");
        }

        Narrative(0, "intro", "前言（Markdown），放在“一、总体情况”之前", required: false);
        Narrative(0, "overview", "一、总体情况（Markdown）", required: true);
        _lines.Raw(string.Empty);
        WriteProactive();
        _lines.Raw(string.Empty);
        WriteRequests();
        _lines.Raw(string.Empty);
        WriteAppeals();
        Narrative(0, "problems_and_improvements", "五、存在的主要问题及改进情况（Markdown）", required: true);
        Narrative(0, "other_matters", "六、其他需要报告的事项（Markdown）", required: true);
        _lines.Raw(string.Empty);
        if (_report.ProcessingFee is { } fee)
        {
            _lines.Line(0, "processing_fee", fee, "信息处理费（取自已发布报告第六部分的收费说明，由程序生成这句说明）");
        }

        if (_report.SignedOn is { } signed)
        {
            _lines.Line(0, "signed_on", signed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "落款日期（照录已发布报告）");
        }

        if (_report.Signature is { } signature && signature != defaultSignature)
        {
            _lines.Line(0, "signature", YamlScalar.Plain(signature), "本年度的落款单位（照录已发布报告）");
        }

        if (waivers.Count > 0)
        {
            _lines.Line(0, "waivers", string.Empty, $"照录已发布但不符合勾稽关系的数字（由 import --as-published 写入，每次生成时列出）");
            foreach (var (at, relation, reason) in waivers)
            {
                _lines.Raw($"  - {{ at: {at}, relation: {relation}, reason: {YamlScalar.Quoted(reason)} }}");
            }
        }
    }

    /// <summary>A narrative field as a block scalar; a required one that was not found is <c>~</c> with the reason, and validation reports it.</summary>
    private void Narrative(int indent, string key, string comment, bool required)
    {
        if (!_report.Narrative.TryGetValue(key, out var texts) || texts.Count == 0)
        {
            if (required)
            {
                // As new writes what is still to be written: a placeholder that keeps the file a draft until replaced.
                _lines.Raw(string.Empty);
                _lines.Line(indent, Leaf(key), "|", $"{comment}；未能读出：原报告中没有找到这一部分");
                _lines.Raw(new string(' ', indent + 2) + NarrativeText.Placeholder + "原报告中没有找到这一部分，请照原报告填写。");
            }

            return;
        }

        if (indent == 0)
        {
            _lines.Raw(string.Empty);
        }

        _lines.Line(indent, Leaf(key), "|", comment);
        foreach (var line in NarrativeMarkdown.Join(texts).Split('\n'))
        {
            _lines.Raw(line.Length == 0 ? string.Empty : new string(' ', indent + 2) + line);
        }
    }

    private static string Leaf(string key) => key[(key.LastIndexOf('.') + 1)..];

    /// <summary>The comment of a row: its label, then every cell of it that could not be read and why.</summary>
    private static string Comment(string label, IEnumerable<ImportedValue> values)
    {
        var unread = values.Where(v => !v.IsRead).ToList();
        if (unread.Count > 1 && unread.Count == values.Count() && unread.All(v => v.Doubt == unread[0].Doubt))
        {
            return $"{label}；未能读出：{unread[0].Doubt}";
        }

        var doubts = unread.Select(v => $"{v.Place[(v.Place.LastIndexOf('/') + 1)..]}（{v.Doubt}）").ToList();
        return doubts.Count == 0 ? label : $"{label}；未能读出：{string.Join("；", doubts)}";
    }
}
