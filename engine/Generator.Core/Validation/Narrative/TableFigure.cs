namespace Generator.Validation.Narrative;

/// <summary>
/// A figure of the tables (one cell, or a sum of cells) as a message names it: <see cref="Name"/> says
/// which table, row and column (“表2“一、本年新收政府信息公开申请数量”的总计”), <see cref="Display"/>
/// the value as printed (38, 972.4015万元). Money is compared in 万元.
/// </summary>
internal readonly record struct TableFigure(string Name, decimal? Value, FigureState State, string Display)
{
    public static TableFigure Count(string name, int? value, bool invalid = false) =>
        invalid ? new(name, null, FigureState.Invalid, string.Empty)
        : value is { } v ? new(name, v, FigureState.Filled, v.ToString(System.Globalization.CultureInfo.InvariantCulture))
        : new(name, null, FigureState.Blank, string.Empty);

    /// <summary>The sum of several figures, under one name: blank when all are, partly blank when some are.</summary>
    public static TableFigure Sum(string name, ReadOnlySpan<TableFigure> parts)
    {
        decimal sum = 0;
        var filled = 0;
        var partly = false;
        foreach (var part in parts)
        {
            if (part.State == FigureState.Invalid)
            {
                return new(name, null, FigureState.Invalid, string.Empty);
            }

            if (part.Value is { } v)
            {
                sum += v;
                filled++;
                partly |= part.State == FigureState.PartlyBlank;
            }
        }

        return filled == 0 ? new(name, null, FigureState.Blank, string.Empty)
            : new(name, sum, filled == parts.Length && !partly ? FigureState.Filled : FigureState.PartlyBlank, sum.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
