namespace Generator.Validation.Narrative;

/// <summary>From the keywords before a number to the figure it quotes, and how sure that is.</summary>
internal sealed partial class MentionFinder
{
    /// <summary>
    /// The mention for the keyword phrase ending with token <paramref name="k"/>: keywords joined by
    /// filler words (“制发并公开行政规范性文件”) or listed (“行政复议、行政诉讼”) make one phrase.
    /// </summary>
    private FigureMention? FromPhrase(int k, int gapFrom, QuotedNumber number, int sentenceFrom, Topic context, Doubt doubt)
    {
        var first = k;
        var listed = false;
        while (first > sentenceFrom)
        {
            var prev = first - 1;
            if (tokens[prev].IsKeyword && Connector(tokens[prev].End, tokens[first].Start) is var join and not Join.None)
            {
                listed |= join == Join.Listed;
                first = prev;
            }
            else if (tokens[prev].Kind == TokenKind.ListBreak && prev - 1 >= sentenceFrom && tokens[prev - 1].IsKeyword)
            {
                listed = true;
                first = prev - 1;
            }
            else
            {
                break;
            }
        }

        Keyword? named = null;
        var namedAt = -1;
        var verbs = Topic.None;
        var aspect = Aspect.None;
        List<Topic> topics = [];
        for (var i = first; i <= k; i++)
        {
            if (tokens[i].Keyword is not { } keyword)
            {
                continue;
            }

            if (keyword.Aspect != Aspect.None)
            {
                if (aspect != Aspect.None && aspect != keyword.Aspect)
                {
                    return null; // 制发、废止规范性文件…: two columns, one number
                }

                aspect = keyword.Aspect;
            }

            if (keyword.Topic == Topic.None)
            {
                continue;
            }

            // “收到并办结申请38件”: one number for two verbs that name different figures; not read.
            if (keyword.Has(KeywordFlags.Verb))
            {
                if (verbs != Topic.None && verbs != keyword.Topic)
                {
                    verbs = Topic.Unrelated;
                }
                else if (verbs == Topic.None)
                {
                    verbs = keyword.Topic;
                }
            }

            // A verb yields to a topic that names the row: “受理行政复议13起”, “作出不予公开答复2件”.
            if (named is null || !keyword.Has(KeywordFlags.Verb) || named.Has(KeywordFlags.Verb))
            {
                named = keyword;
                namedAt = i;
            }

            if (!keyword.Has(KeywordFlags.Verb) && !topics.Contains(keyword.Topic))
            {
                topics.Add(keyword.Topic);
            }
        }

        var topic = named?.Topic ?? context;
        var fromContext = named is null;
        if (topic is Topic.None or Topic.Unrelated || !TopicFamilies.Accepts(topic, aspect)
            || (verbs == Topic.Unrelated && named!.Has(KeywordFlags.Verb)))
        {
            return null;
        }

        // “上年新收申请30件”, “2021年新收申请30件” in the 2022 report: another year's figure. A carried figure
        // names the year before or after by nature (“2021年结转的2件”, “结转至2023年”).
        var carried = topic is Topic.Carried or Topic.CarriedIn or Topic.CarriedOut;
        if (!carried && (GapReader.SpeaksOfAnotherYear(text, ClauseStart(first, sentenceFrom), tokens[first].Start, year, comparisons: true)
                         || GapReader.SpeaksOfAnotherYear(text, gapFrom, number.Start, year, comparisons: false)))
        {
            return null;
        }

        if (listed && topics.Count > 1)
        {
            if (topics.Contains(Topic.Unrelated) || topics.Any(t => TopicFamilies.Of(t) != TopicFamilies.Of(topic)))
            {
                return null;
            }

            doubt = doubt == Doubt.None ? Doubt.Coordinated : doubt;
        }
        else
        {
            topics = [topic];
        }

        var family = TopicFamilies.Of(topic);
        var gap = GapReader.Classify(text, gapFrom, number.Start, family, out var remainder);
        if (gap == GapKind.Blocked || (fromContext && gap != GapKind.Fillers) || (doubt == Doubt.OtherClause && gap != GapKind.Fillers))
        {
            return null;
        }

        string? detail = null;
        if (named is not null && named.Has(KeywordFlags.Verb) && !GapReader.NamesApplications(text, tokens[namedAt].End, number.Start))
        {
            // 收到群众来信13件; 建议提案办理3条: a verb alone is read only in a sentence about applications.
            if (gap != GapKind.Fillers || !_aboutApplications)
            {
                return null;
            }

            if (named.Has(KeywordFlags.UnsureAlone))
            {
                (doubt, detail) = doubt == Doubt.None ? (Doubt.VerbAlone, named.Text) : (doubt, detail);
            }
        }

        if (named is not null && named.Has(KeywordFlags.Fee) && _aboutProcessingFee)
        {
            return null; // the 信息处理费 of section 六, not 行政事业性收费
        }

        var fit = Units.Fit(family, topic, number);
        if (fit == UnitFit.Wrong)
        {
            return null;
        }

        if (topic == Topic.Carried)
        {
            topic = CarryDirection(tokens[namedAt].Start, tokens[namedAt].End);
            topics = [topic];
        }

        if (doubt == Doubt.OtherClause)
        {
            detail = tokens[k].Keyword!.Text;
        }
        else if (doubt == Doubt.None)
        {
            (doubt, detail) = FirstDoubt(topic, aspect, gap, remainder, number, fit);
        }

        return new FigureMention(topics, aspect, number, tokens[first].Start, doubt, detail);
    }

    /// <summary>Where the clause of token <paramref name="first"/> starts in the text.</summary>
    private int ClauseStart(int first, int sentenceFrom)
    {
        var b = first - 1;
        while (b >= sentenceFrom && tokens[b].Kind is TokenKind.Keyword or TokenKind.Number)
        {
            b--;
        }

        return b >= 0 ? tokens[b].End : 0;
    }

    private static (Doubt, string?) FirstDoubt(Topic topic, Aspect aspect, GapKind gap, string remainder, QuotedNumber number, UnitFit fit)
    {
        if (topic is Topic.Accepted or Topic.Processed or Topic.Carried)
        {
            return (topic == Topic.Accepted ? Doubt.Accepted : topic == Topic.Processed ? Doubt.Processed : Doubt.Carried, null);
        }

        if (topic is Topic.Rules or Topic.NormativeDocuments && aspect == Aspect.None)
        {
            return (Doubt.NoAspect, null);
        }

        if (gap == GapKind.OtherWords)
        {
            return (Doubt.OtherWords, remainder);
        }

        if (gap == GapKind.Approximate || number.Approximate)
        {
            return (Doubt.Approximate, null);
        }

        return fit == UnitFit.Possible ? (Doubt.Unit, number.Unit.ToString()) : (Doubt.None, null);
    }

    /// <summary>“2021年结转的2件” in a 2022 report came in; “结转至2023年” goes out; plain “结转” could be either.</summary>
    private Topic CarryDirection(int keywordStart, int keywordEnd)
    {
        var before = text.AsSpan(0, keywordStart).TrimEnd();
        if (before.EndsWith("年度", StringComparison.Ordinal))
        {
            before = before[..^2];
        }
        else if (before.EndsWith('年'))
        {
            before = before[..^1];
        }
        else
        {
            before = [];
        }

        if (before.Length >= 4 && int.TryParse(before[^4..], out var from) && from == year - 1)
        {
            return Topic.CarriedIn;
        }

        var after = text.AsSpan(keywordEnd).TrimStart();
        if (after.Length >= 6 && after[0] is '至' or '到' && int.TryParse(after[1..5], out var to) && to == year + 1 && after[5] == '年')
        {
            return Topic.CarriedOut;
        }

        return Topic.Carried;
    }
}
