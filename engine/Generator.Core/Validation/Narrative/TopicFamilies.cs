namespace Generator.Validation.Narrative;

/// <summary>Which family a topic belongs to, and which aspects it has.</summary>
internal static class TopicFamilies
{
    public static Family Of(Topic topic) => topic switch
    {
        >= Topic.Received and <= Topic.Carried => Family.Requests,
        >= Topic.Reconsideration and <= Topic.SuitAfterReconsideration => Family.Appeals,
        Topic.Rules or Topic.NormativeDocuments => Family.Documents,
        Topic.Licensing or Topic.OtherPublicServices or Topic.Penalties or Topic.Enforcement => Family.Decisions,
        Topic.Fees => Family.Fees,
        Topic.Procurement => Family.Procurement,
        _ => Family.None,
    };

    /// <summary>Whether the aspect names a column of the topic's row (维持 of a 行政复议, 废止 of a 规章).</summary>
    public static bool Accepts(Topic topic, Aspect aspect) => aspect switch
    {
        Aspect.None => true,
        >= Aspect.Issued and <= Aspect.PublishedTotal => Of(topic) == Family.Documents,
        _ => Of(topic) == Family.Appeals,
    };
}
