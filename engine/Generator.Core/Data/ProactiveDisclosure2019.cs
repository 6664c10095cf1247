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
    Procurement Procurement) : ProactiveDisclosure(Note);

/// <summary>本年新制作数量 / 本年新公开数量 / 对外公开总数量.</summary>
public sealed record DocumentCounts2019(Count MadeThisYear, Count PublishedThisYear, Count PublishedTotal);

/// <summary>上一年项目数量 / 本年增/减 (may be negative) / 处理决定数量 (absent for 收费).</summary>
public sealed record ItemCounts(Count ItemsLastYear, Count ItemsChange, Count Decisions);

/// <summary>采购项目数量 / 采购总金额.</summary>
public sealed record Procurement(Count Projects, Money? Amount);
