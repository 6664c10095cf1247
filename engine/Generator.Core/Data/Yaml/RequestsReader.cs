using Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Generator.Data.Yaml;

/// <summary>Reads table 2. Row keys follow the glossary; the order is the order of the form.</summary>
internal static class RequestsReader
{
    public static RequestHandling Read(MapReader map, ReportFormat format)
    {
        var note = map.Narrative("note", "表前说明", required: false);
        var received = Row(map, "received", "一、本年新收政府信息公开申请数量");
        var carriedIn = Row(map, "carried_in", "二、上年结转政府信息公开申请数量");
        var disclosed = Row(map, "disclosed", "（一）予以公开");
        var partly = Row(map, "partly_disclosed", "（二）部分公开");
        var withheld = Group(map, "withheld", "（三）不予公开", RequestRows.Withheld);
        var notAvailable = Group(map, "not_available", "（四）无法提供", RequestRows.NotAvailable);
        var notProcessed = Group(map, "not_processed", "（五）不予处理", RequestRows.NotProcessed);
        var other = OtherHandling(map, format);
        var statedTotal = map.Optional("total") is null ? null : Row(map, "total", "（七）总计");
        var carriedOut = Row(map, "carried_out", "四、结转下年度继续办理");
        map.ReportUnknownKeys();

        var outcomes = new[] { disclosed, partly }.Concat(withheld).Concat(notAvailable).Concat(notProcessed).Concat(other).ToList();
        var total = statedTotal ?? SumOf(map.Child("total"), outcomes, map.Span);
        return new RequestHandling(note, received, carriedIn, disclosed, partly, withheld, notAvailable, notProcessed, other, total, carriedOut, statedTotal is not null);
    }

    private static FigureRow Row(MapReader map, string key, string name) =>
        FigureReader.Row(map, key, name, TableColumns.Applicants);

    private static List<FigureRow> Group(MapReader parent, string key, string name, IReadOnlyList<(string Key, string Label)> rows)
    {
        var map = parent.Map(key, name);
        if (map is null)
        {
            return [.. rows.Select(r => FigureReader.InvalidRow(parent.Child(key) + "." + r.Key, 6, parent.Span))];
        }

        var result = rows.Select((r, i) => Row(map, r.Key, $"{name}{i + 1}.{r.Label}")).ToList();
        map.ReportUnknownKeys();
        return result;
    }

    /// <summary>（六）其他处理: one row in 2019, three sub-rows in 2021 (spec §3.2).</summary>
    private static List<FigureRow> OtherHandling(MapReader map, ReportFormat format)
    {
        const string Name = "（六）其他处理";
        if (format == ReportFormat.Format2021)
        {
            var node = map.Optional("other_handling");
            if (node is YamlSequenceNode)
            {
                map.Diagnostics.Error(DiagnosticCode.NotInFormat, YamlSpans.Of(map.File, node),
                    "2021 格式的（六）其他处理分为三行，不能只写一个列表",
                    "请写成 no_correction、fee_unpaid、other 三行，见 docs/data-format.md。");
                return [.. RequestRows.OtherHandling2021.Select(r => FigureReader.InvalidRow(map.Child("other_handling." + r.Key), 6, map.Span))];
            }

            return Group(map, "other_handling", Name, RequestRows.OtherHandling2021);
        }

        var single = map.Optional("other_handling");
        if (single is YamlMappingNode)
        {
            map.Diagnostics.Error(DiagnosticCode.NotInFormat, YamlSpans.Of(map.File, single),
                "2019 格式的（六）其他处理只有一行，应直接写一个方括号列表", "例如 other_handling: [0, 0, 0, 0, 0, 0]。");
            return [FigureReader.InvalidRow(map.Child("other_handling"), 6, map.Span)];
        }

        return [Row(map, "other_handling", Name)];
    }

    /// <summary>（七）总计 when the file does not state it: each column is the sum of the outcome rows.</summary>
    private static FigureRow SumOf(string path, List<FigureRow> rows, SourceSpan span)
    {
        var parts = Enumerable.Range(0, 6)
            .Select(c => rows.All(r => r.Parts[c].IsBlank) ? Count.Blank(span) : new Count(rows.Sum(r => r.Parts[c].Value ?? 0), span))
            .ToList();
        // A row whose published 总计 is blank still counts its filled cells: （七） is derived, not published.
        var anyTotal = rows.Any(r => r.EffectiveTotal is not null);
        Count? total = anyTotal ? new Count(rows.Sum(r => r.EffectiveTotal ?? 0), span) : null;
        return new FigureRow(path, parts, total, span);
    }
}
