using System.Globalization;
using Generator.Diagnostics;

namespace Generator.Data;

/// <summary>
/// An amount of money exactly as written (972.4015 keeps four decimals) with its unit.
/// <see cref="decimal"/> keeps the scale of the text it was parsed from, so no digit is invented or lost.
/// </summary>
public sealed record Money(decimal Amount, MoneyUnit Unit)
{
    /// <summary>
    /// Where the amount is written: the number scalar (the whole <c>12.5万元</c> in the shorthand form), for
    /// <c>serve</c>'s edits in the table. Not part of what the money is: two equal amounts are equal wherever written.
    /// </summary>
    public SourceSpan AmountSpan { get; init; }

    public bool Equals(Money? other) => other is not null && Amount == other.Amount && Unit == other.Unit;

    public override int GetHashCode() => HashCode.Combine(Amount, Unit);

    public string UnitText => Unit == MoneyUnit.Yuan ? "元" : "万元";

    /// <summary>The amount as written, without unit.</summary>
    public string AmountText => Amount.ToString(CultureInfo.InvariantCulture);

    /// <summary>The amount in 万元; converting from 元 is exact (decimal division by 10 000), never rounded.</summary>
    public decimal InTenThousandYuan => Unit == MoneyUnit.TenThousandYuan ? Amount : Amount / 10000m;

    public override string ToString() => AmountText + UnitText;
}
