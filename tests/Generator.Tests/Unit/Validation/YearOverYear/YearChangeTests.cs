using Generator.Validation.YearOverYear;

namespace Generator.Tests.Unit.Validation.YearOverYear;

/// <summary>The words and the rounding docs/templates.md states for “比上年增加12件，增长18.5%”.</summary>
public sealed class YearChangeTests
{
    [Theory]
    [InlineData(77, 65, "比上年增加12件，增长18.5%")] // 18.4615… → 18.5
    [InlineData(8, 10, "比上年减少2件，下降20%")] // a trailing .0 is left out
    [InlineData(1, 3, "比上年减少2件，下降66.7%")] // 66.666… → 66.7
    [InlineData(10, 10, "与上年持平")]
    [InlineData(5, 0, "比上年增加5件")] // no rate over 0
    [InlineData(0, 4, "比上年减少4件，下降100%")]
    [InlineData(20001, 20000, "比上年增加1件，增长不足0.1%")] // 0.005 % rounds to 0.0
    [InlineData(2001, 2000, "比上年增加1件，增长0.1%")] // 0.05 % rounds half away from zero
    [InlineData(1999, 2000, "比上年减少1件，下降0.1%")]
    public void Sentence_says_the_difference_and_the_rounded_rate(int now, int before, string expected) =>
        Assert.Equal(expected, new YearChange(now, before).Sentence("件"));

    [Fact]
    public void Blank_in_either_year_gives_no_change()
    {
        Assert.Null(YearChange.Of(null, 3));
        Assert.Null(YearChange.Of(3, null));
        Assert.Equal(string.Empty, Generator.Templating.Functions.YearOverYearFunctions.Yoy(null, 3));
        Assert.Equal(string.Empty, Generator.Templating.Functions.YearOverYearFunctions.Yoy(new Generator.Data.Count(null, Generator.Diagnostics.SourceSpan.None), 3));
    }

    [Fact]
    public void Money_is_compared_in_wan_yuan_exactly()
    {
        var now = new Generator.Data.Money(7902500m, Generator.Data.MoneyUnit.Yuan);
        var before = new Generator.Data.Money(700.5m, Generator.Data.MoneyUnit.TenThousandYuan);

        Assert.Equal("比上年增加89.75万元，增长12.8%", Generator.Templating.Functions.YearOverYearFunctions.YoyMoney(now, before));
    }

    [Theory]
    [InlineData(26, 21, "↑5件（+23.8%）", "增长23.8%")]
    [InlineData(1, 2, "↓1件（−50%）", "下降50%")]
    [InlineData(3, 3, "持平", "持平")]
    [InlineData(3, 0, "↑3件", "")]
    public void Mark_and_rate_say_the_direction_in_words_not_colour(int now, int before, string mark, string rate)
    {
        var change = new YearChange(now, before);
        Assert.Equal(mark, change.Mark("件"));
        Assert.Equal(rate, change.Rate);
    }

    [Theory]
    [InlineData(100, 20, false)] // exactly 5×: not beyond
    [InlineData(101, 20, true)]
    [InlineData(20, 100, false)] // exactly 0.2×
    [InlineData(19, 100, true)]
    [InlineData(0, 50, true)]
    [InlineData(9, 1, false)] // small counts: the larger is under 10
    [InlineData(12, 2, true)]
    [InlineData(50, 0, false)] // no ratio over 0
    public void Beyond_reason_is_more_than_5_or_below_02_times_last_year(int now, int before, bool beyond) =>
        Assert.Equal(beyond, ChangeRules.IsBeyondReason(new YearChange(now, before)));
}
