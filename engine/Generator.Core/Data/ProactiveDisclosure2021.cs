namespace Generator.Data;

/// <summary>Table 1 in the 2021 format: four blocks, spec §2.2.</summary>
public sealed record ProactiveDisclosure2021(
    NarrativeText? Note,
    DocumentCounts2021 Rules,
    DocumentCounts2021 NormativeDocuments,
    Count Licensing,
    Count Penalties,
    Count Enforcement,
    Money? Fees) : ProactiveDisclosure(Note)
{
    /// <summary>（一） by YAML key (<see cref="ProactiveRows.Documents2021"/>).</summary>
    public DocumentCounts2021 Documents(string key) => key switch
    {
        "rules" => Rules,
        "normative_documents" => NormativeDocuments,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a document row of table 1 (2021)"),
    };
}

/// <summary>本年制发件数 / 本年废止件数 / 现行有效件数.</summary>
public sealed record DocumentCounts2021(Count Issued, Count Repealed, Count InForce);
