namespace Generator.Data;

/// <summary>Table 1 in the 2019 format: five blocks, spec §2.1.</summary>
public sealed record ProactiveDisclosure2019(
    NarrativeText? Note,
    DocumentCounts2019 Rules,
    DocumentCounts2019 NormativeDocuments,
    ItemCounts Licensing,
    ItemCounts OtherPublicServices,
    ItemCounts Penalties,
    ItemCounts Enforcement,
    ItemCounts Fees,
    Procurement Procurement) : ProactiveDisclosure(Note)
{
    /// <summary>（一） by YAML key (<see cref="ProactiveRows.Documents2019"/>).</summary>
    public DocumentCounts2019 Documents(string key) => key switch
    {
        "rules" => Rules,
        "normative_documents" => NormativeDocuments,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a document row of table 1 (2019)"),
    };

    /// <summary>（五）（六）（八） by YAML key (<see cref="ProactiveRows.Items2019"/>).</summary>
    public ItemCounts Items(string key) => key switch
    {
        "licensing" => Licensing,
        "other_public_services" => OtherPublicServices,
        "penalties" => Penalties,
        "enforcement" => Enforcement,
        "fees" => Fees,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not an item row of table 1 (2019)"),
    };

    /// <summary>The item rows in the order of the form, with key and label.</summary>
    public IEnumerable<(string Key, string Label, ItemCounts Row)> ItemRows =>
        ProactiveRows.Items2019.Select(r => (r.Key, r.Label, Items(r.Key)));
}

/// <summary>本年新制作数量 / 本年新公开数量 / 对外公开总数量.</summary>
public sealed record DocumentCounts2019(Count MadeThisYear, Count PublishedThisYear, Count PublishedTotal);

/// <summary>上一年项目数量 / 本年增/减 (may be negative) / 处理决定数量 (absent for 收费).</summary>
public sealed record ItemCounts(Count ItemsLastYear, Count ItemsChange, Count Decisions)
{
    /// <summary>
    /// 上一年项目数量 + 本年增/减: the items at the end of the year, when both are filled in. Never
    /// below 0 (R5), and next year's 上一年项目数量 (C3, and what <c>new</c> carries over).
    /// </summary>
    public long? ItemsAtYearEnd => ItemsLastYear.Value is { } last && ItemsChange.Value is { } change ? (long)last + change : null;
}

/// <summary>采购项目数量 / 采购总金额.</summary>
public sealed record Procurement(Count Projects, Money? Amount);
