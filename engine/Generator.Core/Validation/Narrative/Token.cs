namespace Generator.Validation.Narrative;

/// <summary>A keyword, a number (with its unit) or a break, at <see cref="Start"/>…<see cref="End"/> of the narrative.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, Keyword? Keyword = null, QuotedNumber Number = default)
{
    public bool IsKeyword => Kind == TokenKind.Keyword;

    public bool IsNumber => Kind == TokenKind.Number;
}
