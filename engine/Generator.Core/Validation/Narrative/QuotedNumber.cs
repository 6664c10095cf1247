namespace Generator.Validation.Narrative;

/// <summary>
/// A number of the narrative with the unit after it. Money is held in 万元, the unit of the tables'
/// amounts (9724015元 is 972.4015), exactly: decimal division never rounds here.
/// </summary>
/// <param name="Start">Index of the first character of the number in the text.</param>
/// <param name="End">Index after the unit (after 左右 or 以上 when written).</param>
/// <param name="Unit">The count unit (件, 起, 项…), <see cref="MoneyUnit"/> for money, or <see cref="NoUnit"/> for anything else (年, %, 个工作日, 名…).</param>
/// <param name="Approximate">Written as an estimate: 40余件, 40多件, 40件左右, 40件以上.</param>
/// <param name="Plain">Written in ASCII digits as the value prints; false for 三件, ４０件, 1,200件, 9724015元.</param>
internal readonly record struct QuotedNumber(int Start, int End, decimal Value, char Unit, bool Approximate, bool Plain)
{
    public const char MoneyUnit = '元';
    public const char NoUnit = '\0';

    public bool IsMoney => Unit == MoneyUnit;

    public bool IsCount => Unit is not (MoneyUnit or NoUnit);
}
