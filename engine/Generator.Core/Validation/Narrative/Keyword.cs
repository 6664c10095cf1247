namespace Generator.Validation.Narrative;

/// <summary>
/// A word of the narrative that names a figure of the tables (“新收”), a column of a row (“废止”), or
/// neither: a shield word (both <see cref="Topic"/> and <see cref="Aspect"/> none) only keeps the
/// keywords inside it from being read (“继续办理” is not the verb “办理”, “规章制度” not “规章”).
/// </summary>
internal sealed record Keyword(string Text, Topic Topic, Aspect Aspect = Aspect.None, KeywordFlags Flags = KeywordFlags.None)
{
    public bool IsShield => Topic == Topic.None && Aspect == Aspect.None;

    public bool Has(KeywordFlags flag) => (Flags & flag) != 0;
}
