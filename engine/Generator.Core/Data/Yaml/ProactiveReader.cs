namespace Generator.Data.Yaml;

/// <summary>Reads table 1, whose rows depend on the official format.</summary>
internal static class ProactiveReader
{
    /// <summary>Rows that exist only in the 2019 format, with the reason shown when found in a 2021 file.</summary>
    private static readonly Dictionary<string, string> Only2019 = new(StringComparer.Ordinal)
    {
        ["other_public_services"] = "2021 格式已取消“其他对外管理服务事项”一行",
        ["procurement"] = "2021 格式已取消第二十条第（九）项“政府集中采购”",
    };

    public static ProactiveDisclosure Read(MapReader map, ReportFormat format)
    {
        var note = map.Narrative("note", "表前说明", required: false);
        ProactiveDisclosure result = format == ReportFormat.Format2019 ? Read2019(map, note) : Read2021(map, note);
        map.ReportUnknownKeys(format == ReportFormat.Format2021 ? Only2019 : null);
        return result;
    }

    private static ProactiveDisclosure2019 Read2019(MapReader map, NarrativeText? note)
    {
        var documents = ProactiveRows.Documents2019.ToDictionary(r => r.Key, r => Documents2019(map, r.Key, r.Label), StringComparer.Ordinal);
        var items = ProactiveRows.Items2019.ToDictionary(r => r.Key, r => Items(map, r.Key, r.Label, r.WithDecisions), StringComparer.Ordinal);
        var procurementMap = map.Map("procurement", "政府集中采购");
        var procurement = new Procurement(Count.Refused(map.Span), null);
        if (procurementMap is not null)
        {
            procurement = new Procurement(
                FigureReader.Count(procurementMap, "projects", "采购项目数量"),
                MoneyReader.Read(procurementMap, "amount", "采购总金额"));
            procurementMap.ReportUnknownKeys();
        }

        return new ProactiveDisclosure2019(note, documents["rules"], documents["normative_documents"],
            items["licensing"], items["other_public_services"], items["penalties"], items["enforcement"], items["fees"], procurement);
    }

    private static ProactiveDisclosure2021 Read2021(MapReader map, NarrativeText? note)
    {
        var documents = ProactiveRows.Documents2021.ToDictionary(r => r.Key, r => Documents2021(map, r.Key, r.Label), StringComparer.Ordinal);
        var decisions = ProactiveRows.Decisions2021.ToDictionary(r => r.Key, r => Decisions(map, r.Key, r.Label), StringComparer.Ordinal);
        var fees = MoneyReader.Read(map, "fees", "行政事业性收费的本年收费金额", nested: true, required: true);

        return new ProactiveDisclosure2021(note, documents["rules"], documents["normative_documents"],
            decisions["licensing"], decisions["penalties"], decisions["enforcement"], fees);
    }

    private static DocumentCounts2019 Documents2019(MapReader parent, string key, string name) =>
        ThreeCounts(parent, key, name, ("made_this_year", "本年新制作数量"), ("published_this_year", "本年新公开数量"), ("published_total", "对外公开总数量"),
            (a, b, c) => new DocumentCounts2019(a, b, c));

    private static DocumentCounts2021 Documents2021(MapReader parent, string key, string name) =>
        ThreeCounts(parent, key, name, ("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数"),
            (a, b, c) => new DocumentCounts2021(a, b, c));

    /// <summary>A table 1 row of three counts; an absent row reads as three blanks (its absence is reported by <see cref="MapReader.Map"/>).</summary>
    private static T ThreeCounts<T>(MapReader parent, string key, string name, (string Key, string Label) first, (string Key, string Label) second,
        (string Key, string Label) third, Func<Count, Count, Count, T> create)
    {
        var map = parent.Map(key, name);
        if (map is null)
        {
            return create(Count.Refused(parent.Span), Count.Refused(parent.Span), Count.Refused(parent.Span));
        }

        var row = create(
            FigureReader.Count(map, first.Key, name + first.Label),
            FigureReader.Count(map, second.Key, name + second.Label),
            FigureReader.Count(map, third.Key, name + third.Label));
        map.ReportUnknownKeys();
        return row;
    }

    private static ItemCounts Items(MapReader parent, string key, string name, bool withDecisions)
    {
        var map = parent.Map(key, name);
        if (map is null)
        {
            return new ItemCounts(Count.Refused(parent.Span), Count.Refused(parent.Span), Count.Refused(parent.Span));
        }

        var row = new ItemCounts(
            FigureReader.Count(map, "items_last_year", name + "上一年项目数量"),
            FigureReader.Count(map, "items_change", name + "本年增/减", allowNegative: true),
            withDecisions ? FigureReader.Count(map, "decisions", name + "处理决定数量") : Count.Blank(map.Span));
        map.ReportUnknownKeys();
        return row;
    }

    private static Count Decisions(MapReader parent, string key, string name)
    {
        var map = parent.Map(key, name);
        if (map is null)
        {
            return Count.Refused(parent.Span);
        }

        var count = FigureReader.Count(map, "decisions", name + "本年处理决定数量");
        map.ReportUnknownKeys();
        return count;
    }
}
