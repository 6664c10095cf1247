using Generator.Data;

namespace Generator.Authoring;

/// <summary>Tables 1–3 of the new file: what the previous year carries into this one (spec §5, cross-year relations).</summary>
internal sealed partial class YearFileWriter
{
    private const string BlankRow = "[~, ~, ~, ~, ~, ~]";

    private void WriteProactive()
    {
        Line(0, "proactive_disclosure", string.Empty, "二、主动公开政府信息情况（表 1）");
        if (_format == ReportFormat.Format2021)
        {
            var before = _previous?.ProactiveDisclosure as ProactiveDisclosure2021;
            if (_previous is not null && before is null)
            {
                _notes.Add($"{_previous.Year} 年度是 2019 格式，没有“现行有效件数”，{_year} 年度（2021 格式）表1 无法结转，请按实际填写。");
            }

            foreach (var (key, name) in ProactiveRows.Documents2021)
            {
                Documents2021(key, name, before?.Documents(key));
            }

            foreach (var (key, name) in ProactiveRows.Decisions2021)
            {
                Line(2, key, "{ decisions: ~ }", $"{name}：本年处理决定数量", keyWidth: 21);
            }

            Line(2, "fees", "{ amount: { amount: ~, unit: 万元 } }", "行政事业性收费：本年收费金额（单位：万元或元）", keyWidth: 21);
            return;
        }

        var previous2019 = _previous?.ProactiveDisclosure as ProactiveDisclosure2019;
        if (_previous is not null && previous2019 is null)
        {
            _notes.Add($"{_previous.Year} 年度不是 2019 格式，{_year} 年度（2019 格式）表1 无法结转，请按实际填写。");
        }

        foreach (var (key, name) in ProactiveRows.Documents2019)
        {
            Documents2019(key, name, previous2019?.Documents(key));
        }

        foreach (var (key, name, withDecisions) in ProactiveRows.Items2019)
        {
            Items(key, name, previous2019?.Items(key), withDecisions);
        }

        Line(2, "procurement", "{ projects: ~, amount: { amount: ~, unit: 万元 } }", "政府集中采购：采购项目数量、采购总金额（单位：万元或元）", keyWidth: 23);
    }

    /// <summary>现行有效件数 cannot be filled (it depends on this year's 制发 and 废止); the comment gives last year's figure and the sum to make (C2).</summary>
    private void Documents2021(string key, string name, DocumentCounts2021? before)
    {
        var comment = $"{name}：本年制发件数、本年废止件数、现行有效件数";
        if (before?.InForce.Value is { } inForce)
        {
            comment += $"（{_previous!.Year} 年现行有效 {inForce} 件：现行有效件数 = {inForce} + 本年制发 − 本年废止）";
            _notes.Add($"表1 {name}：{_previous.Year} 年现行有效 {inForce} 件，写在注释中，现行有效件数 = {inForce} + 本年制发 − 本年废止。");
        }

        Line(2, key, "{ issued: ~, repealed: ~, in_force: ~ }", comment, keyWidth: 21);
    }

    private void Documents2019(string key, string name, DocumentCounts2019? before)
    {
        var comment = $"{name}：本年新制作数量、本年新公开数量、对外公开总数量";
        if (before?.PublishedTotal.Value is { } total)
        {
            comment += $"（{_previous!.Year} 年对外公开总数量 {total}，本年累计数通常不小于它）";
        }

        Line(2, key, "{ made_this_year: ~, published_this_year: ~, published_total: ~ }", comment, keyWidth: 23);
    }

    /// <summary>上一年项目数量 = last year's 上一年项目数量 + 本年增/减 (C3), filled when both are known.</summary>
    private void Items(string key, string name, ItemCounts? before, bool withDecisions)
    {
        var itemsLastYear = before?.ItemsAtYearEnd;
        if (before is not null && itemsLastYear is null)
        {
            _notes.Add($"表1 {name}：{_previous!.Year} 年的上一年项目数量或本年增/减为空白，本年的上一年项目数量无法结转。");
        }

        var value = withDecisions
            ? $"{{ items_last_year: {Number(itemsLastYear)}, items_change: ~, decisions: ~ }}"
            : $"{{ items_last_year: {Number(itemsLastYear)}, items_change: ~ }}";
        var columns = withDecisions ? "上一年项目数量、本年增/减、处理决定数量" : "上一年项目数量、本年增/减";
        Line(2, key, value, keyWidth: 23, comment: $"{name}：{columns}{(itemsLastYear is null ? string.Empty : $"（上一年项目数量已由 {_previous!.Year} 年结转）")}");
    }

    private void WriteRequests()
    {
        Line(0, "requests", string.Empty, "三、收到和处理政府信息公开申请情况（表 2）");
        Raw("  # 每行 6 列：[自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他]；总计由程序相加");
        Line(2, "received", BlankRow, "一、本年新收政府信息公开申请数量", keyWidth: 19);
        var carriedOut = _previous?.Requests.CarriedOut;
        if (carriedOut is not null && (carriedOut.Parts.Any(p => !p.IsBlank) || carriedOut.StatedTotal is not null))
        {
            var cells = carriedOut.Parts.Select(p => Number(p.Value)).ToList();
            if (carriedOut.StatedTotal is { } total)
            {
                cells.Add(Number(total.Value));
            }

            Line(2, "carried_in", "[" + string.Join(", ", cells) + "]", $"二、上年结转政府信息公开申请数量（由 {_previous!.Year} 年“四、结转下年度继续办理”结转）", keyWidth: 19);
            _notes.Add($"表2 二、上年结转：由 {_previous.Year} 年“四、结转下年度继续办理”结转。");
        }
        else
        {
            Line(2, "carried_in", BlankRow, "二、上年结转政府信息公开申请数量", keyWidth: 19);
        }

        Line(2, "disclosed", BlankRow, "（一）予以公开", keyWidth: 19);
        Line(2, "partly_disclosed", BlankRow, "（二）部分公开", keyWidth: 19);
        Group("withheld", "（三）不予公开", RequestRows.Withheld);
        Group("not_available", "（四）无法提供", RequestRows.NotAvailable);
        Group("not_processed", "（五）不予处理", RequestRows.NotProcessed);
        if (_format == ReportFormat.Format2021)
        {
            Group("other_handling", "（六）其他处理（2021 格式分三行）", RequestRows.OtherHandling2021);
        }
        else
        {
            Line(2, "other_handling", BlankRow, "（六）其他处理（2019 格式只有一行）", keyWidth: 19);
        }

        Line(2, "carried_out", BlankRow, "四、结转下年度继续办理", keyWidth: 19);
    }

    private void Group(string key, string comment, IReadOnlyList<(string Key, string Label)> rows)
    {
        Line(2, key, string.Empty, comment);
        for (var i = 0; i < rows.Count; i++)
        {
            // Numbered as on the form: “1.属于国家秘密”.
            Line(4, rows[i].Key, BlankRow, $"{i + 1}.{rows[i].Label}", keyWidth: 32);
        }
    }

    private void WriteAppeals()
    {
        Line(0, "appeals", string.Empty, "四、政府信息公开行政复议、行政诉讼情况（表 3）");
        Raw("  # 每组：[结果维持, 结果纠正, 其他结果, 尚未审结]，总计由程序相加");
        Line(2, "reconsideration", "[~, ~, ~, ~]", "行政复议", keyWidth: 28);
        Line(2, "direct_suit", "[~, ~, ~, ~]", "行政诉讼：未经复议直接起诉", keyWidth: 28);
        Line(2, "suit_after_reconsideration", "[~, ~, ~, ~]", "行政诉讼：复议后起诉", keyWidth: 28);
    }
}
