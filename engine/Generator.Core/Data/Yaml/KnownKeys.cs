namespace Generator.Data.Yaml;

/// <summary>
/// Every key any reader asks for, in any mapping of a year file or <c>bureau.yaml</c>: to tell a key
/// typed with a Chinese keyboard's colon (<c>received：</c>) from text, before the file is parsed. A test
/// keeps it equal to the property names of the JSON Schemas, which another test keeps equal to the readers.
/// </summary>
internal static class KnownKeys
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        // Year file, top level
        "year", "format", "title", "standard_intro", "intro", "overview", "proactive_disclosure", "requests", "appeals",
        "problems_and_improvements", "other_matters", "processing_fee", "signed_on", "contact", "signature", "waivers",

        // Table 1
        "note", "rules", "normative_documents", "licensing", "other_public_services", "penalties", "enforcement", "fees", "procurement",
        "made_this_year", "published_this_year", "published_total", "issued", "repealed", "in_force", "items_last_year", "items_change",
        "decisions", "projects", "amount", "unit",

        // Table 2
        "received", "carried_in", "disclosed", "partly_disclosed", "withheld", "not_available", "not_processed", "other_handling", "total",
        "carried_out", "state_secret", "prohibited_by_law", "three_securities_one_stability", "third_party_rights", "internal_affairs",
        "process_information", "enforcement_case_file", "administrative_query", "not_held", "would_need_creating", "still_unclear",
        "petition", "repeated", "published_material", "excessive", "confirmation_request", "no_correction", "fee_unpaid", "other",

        // Table 3
        "reconsideration", "direct_suit", "suit_after_reconsideration",

        // Waivers
        "at", "relation", "reason",

        // bureau.yaml
        "agency", "region", "website", "website_name", "office", "address", "postcode", "phone", "email", "office_hours", "self_reference",
    };
}
