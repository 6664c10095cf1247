namespace Generator.Validation.Narrative;

/// <summary>
/// Reads the figures a narrative quotes from its tokens. A number belongs to the nearest keyword before
/// it in its own clause, with only filler words between them; a number before it in the clause has
/// taken that keyword already (“新收申请10件，其中网上4件” gives 10 only). An aspect word (废止, 结果维持)
/// takes its topic from earlier in the sentence (“制发规范性文件2件，废止1件”). Anything less certain
/// is kept with a <see cref="Doubt"/>, and anything that counts something else is dropped.
/// </summary>
internal sealed partial class MentionFinder(string text, int year, List<Token> tokens)
{
    /// <summary>Whether the current sentence mentions 申请: a verb alone (“办结10件”) is read only then.</summary>
    private bool _aboutApplications;

    /// <summary>Whether the current sentence mentions 处理费: 收费 is then the 信息处理费, not 行政事业性收费.</summary>
    private bool _aboutProcessingFee;

    public void Find(List<FigureMention> mentions)
    {
        var sentenceStart = 0;
        for (var t = 0; t <= tokens.Count; t++)
        {
            if (t == tokens.Count || tokens[t].Kind == TokenKind.SentenceBreak)
            {
                Sentence(sentenceStart, t, mentions);
                sentenceStart = t + 1;
            }
        }
    }

    private void Sentence(int from, int to, List<FigureMention> mentions)
    {
        // Looked up once per sentence, not once per number, so that a long sentence stays linear.
        var start = from > 0 ? tokens[from - 1].End : 0;
        var sentence = text.AsSpan(start, (to < tokens.Count ? tokens[to].Start : text.Length) - start);
        _aboutApplications = sentence.Contains("申请", StringComparison.Ordinal);
        _aboutProcessingFee = sentence.Contains("处理费", StringComparison.Ordinal);
        var context = Topic.None; // the last topic named so far in the sentence
        var clauseStart = from;
        for (var t = from; t < to; t++)
        {
            var token = tokens[t];
            switch (token.Kind)
            {
                case TokenKind.ClauseBreak or TokenKind.ListBreak:
                    clauseStart = t + 1;
                    break;
                // A verb (办结, 答复) is not what an aspect word refers back to: “行政复议1起，已办结，维持1起”.
                case TokenKind.Keyword when token.Keyword!.Topic != Topic.None && !token.Keyword.Has(KeywordFlags.Verb):
                    context = token.Keyword.Topic;
                    break;
                case TokenKind.Number when token.Number.IsMoney || (token.Number.IsCount && decimal.IsInteger(token.Number.Value)):
                    if (Read(t, clauseStart, from, context) is { } mention)
                    {
                        mentions.Add(mention);
                    }

                    break;
            }
        }
    }

    private FigureMention? Read(int t, int clauseStart, int sentenceFrom, Topic context)
    {
        var number = tokens[t].Number;
        var k = t - 1;
        if (k >= clauseStart)
        {
            // A number before this one in the clause has taken the keyword.
            return tokens[k].IsKeyword ? FromPhrase(k, tokens[k].End, number, sentenceFrom, context, Doubt.None) : null;
        }

        var clauseTextStart = clauseStart > 0 ? tokens[clauseStart - 1].End : 0;

        // “政府集中采购234个，21672.16万元”: an amount alone in its clause continues the sentence's purchase or fees.
        if (number.IsMoney && context is Topic.Fees or Topic.Procurement)
        {
            return GapReader.Classify(text, clauseTextStart, number.Start, TopicFamilies.Of(context), out _) == GapKind.Fillers
                ? new FigureMention([context], Aspect.None, number, clauseTextStart, Doubt.None)
                : null;
        }

        // “受理政府信息公开申请，共40件”: the keyword ends the clause before; only likely.
        var before = clauseStart - 1;
        if (before > sentenceFrom && tokens[before].Kind == TokenKind.ClauseBreak && tokens[before - 1].IsKeyword)
        {
            return FromPhrase(before - 1, clauseTextStart, number, sentenceFrom, context, Doubt.OtherClause);
        }

        return null;
    }

    /// <summary>How two keywords with only <paramref name="from"/>…<paramref name="to"/> between them belong together.</summary>
    private Join Connector(int from, int to)
    {
        var between = text.AsSpan(from, to - from).Trim(" \u3000\t\n“”\"*");
        return between switch
        {
            "" or "的" or "并" or "并公开" or "了" or "所" => Join.Joined,
            "和" or "及" or "与" or "或" or "以及" or "或者" => Join.Listed,
            _ => Join.None,
        };
    }

    private enum Join
    {
        None,
        Joined,
        Listed,
    }
}
