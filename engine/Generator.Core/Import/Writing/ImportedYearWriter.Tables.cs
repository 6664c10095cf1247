using Generator.Data;
using Generator.Import.Recognizing;

namespace Generator.Import.Writing;

/// <summary>Tables 1–3 in the layout of the sample files.</summary>
internal sealed partial class ImportedYearWriter
{
    private void WriteProactive()
    {
        _lines.Line(0, "proactive_disclosure", string.Empty, "二、主动公开政府信息情况（表 1）");
        Narrative(2, "proactive_disclosure.note", "表前说明（Markdown）", required: false);
        var width = _report.Format == ReportFormat.Format2021 ? 21 : 23;
        foreach (var (key, label, fields) in ProactiveTableReader.Layout(_report.Format))
        {
            var values = _report.Proactive[key];
            string value;
            if (_report.Format == ReportFormat.Format2021 && key == "fees")
            {
                // The money shorthand, as the sample files write it: 972.4015万元.
                value = values[0].Yaml == "~" ? "{ amount: ~ }" : values[0].Yaml;
            }
            else
            {
                value = "{ " + string.Join(", ", fields.Select((f, i) => $"{f}: {values[i].Yaml}")) + " }";
            }

            _lines.Line(2, key, value, Comment(label + "：" + string.Join("、", values.Select(v => v.Place[(v.Place.LastIndexOf('/') + 1)..])), values), keyWidth: width);
        }
    }

    private void WriteRequests()
    {
        _lines.Line(0, "requests", string.Empty, "三、收到和处理政府信息公开申请情况（表 2）");
        Narrative(2, "requests.note", "表前说明（Markdown）", required: false);
        _lines.Raw("  # 每行：[自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计]；总计照录已发布报告，程序核对");
        string? group = null;
        foreach (var (path, label) in RequestRowNames.All(_report.Format))
        {
            var dot = path.IndexOf('.', StringComparison.Ordinal);
            var values = _report.Requests[path];
            var row = "[" + string.Join(", ", values.Select(v => v.Yaml)) + "]";
            if (dot < 0)
            {
                group = null;
                _lines.Line(2, path, row, Comment(label, values), keyWidth: 19);
                continue;
            }

            var groupKey = path[..dot];
            if (groupKey != group)
            {
                group = groupKey;
                _lines.Line(2, groupKey, string.Empty, GroupName(groupKey));
            }

            _lines.Line(4, path[(dot + 1)..], row, Comment(label, values), keyWidth: 32);
        }
    }

    private static string GroupName(string group) => group switch
    {
        "withheld" => "（三）不予公开",
        "not_available" => "（四）无法提供",
        "not_processed" => "（五）不予处理",
        _ => "（六）其他处理",
    };

    private void WriteAppeals()
    {
        _lines.Line(0, "appeals", string.Empty, "四、政府信息公开行政复议、行政诉讼情况（表 3）");
        Narrative(2, "appeals.note", "表前说明（Markdown）", required: false);
        _lines.Raw("  # 每组：[结果维持, 结果纠正, 其他结果, 尚未审结, 总计]；总计照录已发布报告，程序核对");
        foreach (var (key, label) in new[] { ("reconsideration", "行政复议"), ("direct_suit", "行政诉讼：未经复议直接起诉"), ("suit_after_reconsideration", "行政诉讼：复议后起诉") })
        {
            var values = _report.Appeals[key];
            _lines.Line(2, key, "[" + string.Join(", ", values.Select(v => v.Yaml)) + "]", Comment(label, values), keyWidth: 28);
        }
    }
}
