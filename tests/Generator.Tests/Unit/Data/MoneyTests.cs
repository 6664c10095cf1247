using Generator.Data;
using Generator.Templating.Functions;

namespace Generator.Tests.Unit.Data;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("972.4015", MoneyUnit.TenThousandYuan, "972.4015万元", "972.4015")]
    [InlineData("972.40", MoneyUnit.TenThousandYuan, "972.40万元", "972.40")]
    [InlineData("16557462.5", MoneyUnit.Yuan, "16557462.5元", "1655.74625")]
    [InlineData("8156320", MoneyUnit.Yuan, "8156320元", "815.632")]
    [InlineData("0", MoneyUnit.Yuan, "0元", "0")]
    public void Money_keeps_the_written_decimals_and_converts_exactly(string amount, MoneyUnit unit, string printed, string wan)
    {
        var money = new Money(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), unit);

        Assert.Equal(printed, ReportFunctions.Money(money));
        Assert.Equal(wan, ReportFunctions.Wan(money));
    }

    [Fact]
    public void Dates_are_written_the_Chinese_way() =>
        Assert.Equal("2020年1月20日", ReportFunctions.CnDate(new DateOnly(2020, 1, 20)));

    [Theory]
    [InlineData(2019, ReportFormat.Format2019)]
    [InlineData(2020, ReportFormat.Format2019)]
    [InlineData(2021, ReportFormat.Format2021)]
    [InlineData(2030, ReportFormat.Format2021)]
    public void The_format_follows_the_report_year(int year, ReportFormat format) => Assert.Equal(format, ReportFormats.ForYear(year));
}
