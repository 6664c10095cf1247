namespace Generator.Validation.Narrative;

/// <summary>
/// A number of the narrative read as quoting a figure of the tables.
/// </summary>
/// <param name="Topics">What it quotes; more than one for a keyword list (“行政复议、行政诉讼案件3件”), compared with their sum.</param>
/// <param name="Aspect">The column, for rows with several (废止, 结果维持).</param>
/// <param name="FragmentStart">Where the quoted words start: the first keyword of the phrase, or the clause.</param>
/// <param name="Detail">What the message names with the doubt: the other words, the unit, the keyword.</param>
internal sealed record FigureMention(IReadOnlyList<Topic> Topics, Aspect Aspect, QuotedNumber Number, int FragmentStart, Doubt Doubt, string? Detail = null)
{
    public Topic Topic => Topics[0];
}
