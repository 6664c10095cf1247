using System.Buffers;

namespace Generator.Validation.Narrative;

/// <summary>
/// Cuts a narrative into the tokens the N1 check reads: keywords, numbers with their units, and the
/// breaks between clauses and sentences. Everything else is left as the text between tokens. One pass,
/// no backtracking: the cost is linear in the length of the narrative.
/// </summary>
internal static class ClauseScanner
{
    /// <summary>
    /// The characters a token or break can start with. Most of a narrative is none of them, and a
    /// vectorised search skips those runs at once instead of looking at each character.
    /// </summary>
    private static readonly SearchValues<char> TokenStarts = SearchValues.Create(
        "\n。；;！!？?、，,：:（）()【】[]|.0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千" + PhraseTable.FirstCharacters);

    public static void Scan(string text, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var skip = text.AsSpan(i).IndexOfAny(TokenStarts);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (c == '\n')
            {
                if (StartsBlock(text, i + 1))
                {
                    AddBreak(tokens, TokenKind.SentenceBreak, i);
                }

                i++; // a line break inside a paragraph is a space in Markdown
            }
            else if (c is '。' or '；' or ';' or '！' or '!' or '？' or '?')
            {
                AddBreak(tokens, TokenKind.SentenceBreak, i++);
            }
            else if (c == '、')
            {
                AddBreak(tokens, TokenKind.ListBreak, i++);
            }
            else if (c is '，' or ',' or '：' or ':' or '（' or '）' or '(' or ')' or '【' or '】' or '[' or ']' or '|' or '.')
            {
                AddBreak(tokens, TokenKind.ClauseBreak, i++);
            }
            else if (NumberReader.IsDigit(c))
            {
                NumberReader.TryRead(text, i, out var number, out var isTime, out var end);
                if (!isTime)
                {
                    tokens.Add(new Token(TokenKind.Number, number.Start, number.End, Number: number));
                }

                i = end;
            }
            else if (PhraseTable.Match(text, i) is { } keyword)
            {
                if (!keyword.IsShield)
                {
                    tokens.Add(new Token(TokenKind.Keyword, i, i + keyword.Text.Length, keyword));
                }

                i += keyword.Text.Length;
            }
            else if (ChineseNumerals.IsNumeral(c))
            {
                if (NumberReader.TryRead(text, i, out var number, out _, out var end))
                {
                    tokens.Add(new Token(TokenKind.Number, number.Start, number.End, Number: number));
                }

                i = Math.Max(end, i + 1);
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>After a line break: a blank line, a list item or a heading starts a new block of Markdown.</summary>
    private static bool StartsBlock(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }

        if (i >= text.Length || text[i] is '\n' or '#' or '>')
        {
            return true;
        }

        if (text[i] is '-' or '*' or '+' && i + 1 < text.Length && text[i + 1] == ' ')
        {
            return true;
        }

        var digits = i;
        while (digits < text.Length && text[digits] is >= '0' and <= '9')
        {
            digits++;
        }

        return digits > i && digits < text.Length && text[digits] is '.' or ')';
    }

    private static TokenKind Stronger(TokenKind a, TokenKind b) =>
        a == TokenKind.SentenceBreak || b == TokenKind.SentenceBreak ? TokenKind.SentenceBreak
        : a == TokenKind.ClauseBreak || b == TokenKind.ClauseBreak ? TokenKind.ClauseBreak
        : TokenKind.ListBreak;

    private static void AddBreak(List<Token> tokens, TokenKind kind, int at)
    {
        // Two breaks in a row say no more than the stronger one.
        if (tokens.Count > 0 && tokens[^1].Kind is var last and (TokenKind.ClauseBreak or TokenKind.ListBreak or TokenKind.SentenceBreak))
        {
            tokens[^1] = new Token(Stronger(last, kind), tokens[^1].Start, at + 1);
            return;
        }

        tokens.Add(new Token(kind, at, at + 1));
    }
}
