using System.Globalization;
using System.Text;
using Generator.Data;

namespace Generator.Bench.Synthetic;

/// <summary>
/// The YAML of one synthetic year file, laid out like the sample data (schema line, a comment per
/// row with the form's label from the engine's row lists), so the engine reads files of realistic size.
/// </summary>
internal sealed class YearFileText
{
    private const int CommentColumn = 52;

    private readonly StringBuilder _text = new();

    /// <param name="said">The pooled sentences the bureau's report of the year before used; this year's on return.</param>
    public static string Write(BureauProfile bureau, YearFigures figures, Dice dice, HashSet<string> said)
    {
        var writer = new YearFileText();
        writer.WriteAll(bureau, figures, dice, said);
        return writer._text.ToString();
    }

    private void WriteAll(BureauProfile bureau, YearFigures f, Dice dice, HashSet<string> said)
    {
        var narrative = new NarrativeWriter(bureau, f, dice, said);
        var format = f.Format.Name();
        Raw($"# yaml-language-server: $schema=../../schema/report-{format}.schema.json");
        Raw($"# {bureau.Agency} {f.Year}年政府信息公开工作年度报告数据（{format}格式；合成数据，基准测试用）");
        Raw($"year: {f.Year}");
        Raw($"format: {format}");
        var standardIntro = !dice.Chance(0.15);
        Raw($"standard_intro: {(standardIntro ? "true" : "false")}");
        if (!standardIntro)
        {
            Block(0, "intro", narrative.Intro());
        }

        Block(0, "overview", narrative.Overview());
        Raw("proactive_disclosure:");
        Block(2, "note", narrative.ProactiveNote());
        if (f.Format == ReportFormat.Format2019)
        {
            Table1Of2019(f.Table1);
        }
        else
        {
            Table1Of2021(f.Table1);
        }

        Raw("requests:");
        Block(2, "note", narrative.RequestsNote());
        Table2(f.Table2);
        Raw("appeals:");
        Block(2, "note", narrative.AppealsNote());
        Row(2, "reconsideration", f.Appeals[0], "行政复议");
        Row(2, "direct_suit", f.Appeals[1], "行政诉讼：未经复议直接起诉");
        Row(2, "suit_after_reconsideration", f.Appeals[2], "行政诉讼：复议后起诉");
        Block(0, "problems_and_improvements", narrative.ProblemsAndImprovements());
        Block(0, "other_matters", narrative.OtherMatters());
        if (f.Format == ReportFormat.Format2021)
        {
            Raw(dice.Chance(0.9) ? "processing_fee: { amount: 0, unit: 元 }" : $"processing_fee: {{ amount: {dice.Between(10, 400)}, unit: 元 }}");
        }

        Raw($"signed_on: {f.Year + 1}-01-{dice.Between(10, 28):D2}");
    }

    private void Table1Of2019(Table1Figures t)
    {
        foreach (var (key, label) in ProactiveRows.Documents2019)
        {
            var d = t.Documents[key];
            Commented(2, $"{key}: {{ made_this_year: {d[0]}, published_this_year: {d[1]}, published_total: {d[2]} }}", label);
        }

        foreach (var (key, label, withDecisions) in ProactiveRows.Items2019)
        {
            var (last, change, decisions) = t.Items[key];
            var value = withDecisions
                ? $"{{ items_last_year: {last}, items_change: {change}, decisions: {decisions} }}"
                : $"{{ items_last_year: {last}, items_change: {change} }}";
            Commented(2, $"{key}: {value}", label);
        }

        Commented(2, $"procurement: {{ projects: {t.ProcurementProjects}, amount: {t.Money} }}", "政府集中采购");
    }

    private void Table1Of2021(Table1Figures t)
    {
        foreach (var (key, label) in ProactiveRows.Documents2021)
        {
            var d = t.Documents[key];
            Commented(2, $"{key}: {{ issued: {d[0]}, repealed: {d[1]}, in_force: {d[2]} }}", label);
        }

        foreach (var (key, label) in ProactiveRows.Decisions2021)
        {
            Commented(2, $"{key}: {{ decisions: {t.Decisions[key]} }}", label);
        }

        Commented(2, $"fees: {{ amount: {t.Money} }}", "行政事业性收费");
    }

    private void Table2(Table2Figures t)
    {
        Row(2, "received", t.Received, "一、本年新收政府信息公开申请数量");
        Row(2, "carried_in", t.CarriedIn, "二、上年结转政府信息公开申请数量");
        string? group = null;
        foreach (var (rowGroup, key, cells) in t.Outcomes)
        {
            if (rowGroup is not null && rowGroup != group)
            {
                Raw($"  {rowGroup}:");
            }

            group = rowGroup;
            Row(rowGroup is null ? 2 : 4, key, cells, Label(rowGroup, key));
        }

        if (t.StateTotal)
        {
            Row(2, "total", t.Total, "（七）总计");
        }

        Row(2, "carried_out", t.CarriedOut, "四、结转下年度继续办理");
    }

    private static string Label(string? group, string key)
    {
        var rows = group switch
        {
            "withheld" => RequestRows.Withheld,
            "not_available" => RequestRows.NotAvailable,
            "not_processed" => RequestRows.NotProcessed,
            "other_handling" => RequestRows.OtherHandling2021,
            _ => [],
        };
        var index = rows.ToList().FindIndex(r => r.Key == key);
        return index >= 0 ? $"{index + 1}.{rows[index].Label}" : key switch
        {
            "disclosed" => "（一）予以公开",
            "partly_disclosed" => "（二）部分公开",
            _ => "（六）其他处理",
        };
    }

    private void Row(int indent, string key, int[] cells, string comment) =>
        Commented(indent, $"{key}: [{string.Join(", ", cells)}]", comment);

    private void Commented(int indent, string text, string comment) =>
        Raw((new string(' ', indent) + text).PadRight(CommentColumn) + "  # " + comment);

    /// <summary>A Markdown block scalar; nothing is written for a null (optional) text.</summary>
    private void Block(int indent, string key, string? markdown)
    {
        if (markdown is null)
        {
            return;
        }

        var pad = new string(' ', indent);
        Raw($"{pad}{key}: |");
        foreach (var line in markdown.Split('\n'))
        {
            Raw(line.Length == 0 ? string.Empty : $"{pad}  {line}");
        }
    }

    private void Raw(string line) => _text.Append(line).Append('\n');
}
