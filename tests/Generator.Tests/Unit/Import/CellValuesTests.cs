using Generator.Import.Recognizing;

namespace Generator.Tests.Unit.Import;

/// <summary>Cells as published reports print them: read when certain, never guessed.</summary>
public sealed class CellValuesTests
{
    [Theory]
    [InlineData("10", "10")]
    [InlineData(" 10 ", "10")]
    [InlineData("\u00A010\u3000", "10")]
    [InlineData("１０", "10")]
    [InlineData("10件", "10")]
    [InlineData("10 件", "10")]
    [InlineData("0", "0")]
    [InlineData("", "~")]
    [InlineData("\u3000", "~")]
    public void Counts_are_read_blank_stays_blank_and_zero_stays_zero(string printed, string yaml) =>
        Assert.Equal((yaml, (string?)null), CellValues.Count(printed));

    [Theory]
    [InlineData("—")]
    [InlineData("-")]
    [InlineData("/")]
    [InlineData("无")]
    [InlineData("三")]
    [InlineData("十二")]
    [InlineData("1 2")]
    [InlineData("1\u00A02")]
    [InlineData("3.5")]
    [InlineData("-3")]
    [InlineData("12a")]
    public void A_cell_that_is_not_one_count_is_not_read(string printed)
    {
        var (yaml, doubt) = CellValues.Count(printed);
        Assert.Equal("~", yaml);
        Assert.NotNull(doubt);
        Assert.Contains(printed.Trim(), doubt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-3", "-3")]
    [InlineData("－3", "-3")]
    [InlineData("+48", "48")]
    public void Only_the_change_of_items_may_be_negative(string printed, string yaml) =>
        Assert.Equal((yaml, (string?)null), CellValues.Count(printed, signed: true));

    [Theory]
    [InlineData("972.4015", "万元", "972.4015万元")]
    [InlineData("21672.16万元", null, "21672.16万元")]
    [InlineData("21672.16 万元", null, "21672.16万元")]
    [InlineData("348.47万", null, "348.47万元")]
    [InlineData("16557462.5（元）", null, "16557462.5元")]
    [InlineData("16557462.5元", "万元", "16557462.5元")]
    [InlineData("1,234.50万元", null, "1234.50万元")]
    [InlineData("0", "万元", "0万元")]
    [InlineData("0.00", "元", "0.00元")]
    [InlineData("", "万元", "~")]
    public void Money_keeps_its_unit_and_its_decimals(string printed, string? headerUnit, string yaml) =>
        Assert.Equal((yaml, (string?)null), CellValues.Money(printed, headerUnit));

    [Theory]
    [InlineData("348.47")]
    [InlineData("12,34万元")]
    [InlineData("约300万元")]
    [InlineData("1 234万元")]
    public void Money_without_a_unit_or_not_one_amount_is_not_read(string printed)
    {
        var (yaml, doubt) = CellValues.Money(printed, headerUnit: null);
        Assert.Equal("~", yaml);
        Assert.NotNull(doubt);
    }

    [Theory]
    [InlineData("本年收费金额（单位：万元）", "万元")]
    [InlineData("采购总金额（单位:万元）", "万元")]
    [InlineData("采购总金额(单位:元)", "元")]
    [InlineData("采购总金额", null)]
    public void The_unit_of_a_column_comes_from_its_header(string header, string? unit) => Assert.Equal(unit, CellValues.UnitOf(header));
}
