namespace Generator.Graphic;

/// <summary>One result of 行政复议 or 行政诉讼 (结果维持, 结果纠正, 其他结果, 尚未审结) as the graphic shows it.</summary>
/// <param name="Value">The figure as printed; empty when blank.</param>
public sealed record GraphicPart(string Label, string Value)
{
    /// <summary>The figure with its unit, or “未填报” for a blank one (never 0).</summary>
    public string Display => Value.Length == 0 ? GraphicFigures.Blank : Value + "件";
}
