using Generator.Validation.Narrative;

namespace Generator.Tests.Unit.Validation;

/// <summary>How N1 reads the numbers of a narrative: digits as staff and PDF extraction write them, small counts in Chinese numerals.</summary>
public sealed class NarrativeNumberTests
{
    [Theory]
    [InlineData("零", 0)]
    [InlineData("〇", 0)]
    [InlineData("一", 1)]
    [InlineData("两", 2)]
    [InlineData("十", 10)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("三十五", 35)]
    [InlineData("九十九", 99)]
    [InlineData("一百", 100)]
    [InlineData("一百零五", 105)]
    [InlineData("两百三十", 230)]
    [InlineData("一千零二十", 1020)]
    public void Chinese_numerals_for_counts_are_read(string numeral, int value) =>
        Assert.Equal(value, ChineseNumerals.Parse(numeral));

    [Theory]
    [InlineData("一二")]
    [InlineData("十十")]
    [InlineData("零十")]
    [InlineData("百一")]
    [InlineData("")]
    public void Malformed_numerals_are_not_read(string numeral) => Assert.Null(ChineseNumerals.Parse(numeral));

    [Theory]
    [InlineData("50件", "50", '件', true)]
    [InlineData("50 件", "50", '件', true)]
    [InlineData("５０件", "50", '件', false)]
    [InlineData("1,200件", "1200", '件', false)]
    [InlineData("3起", "3", '起', true)]
    [InlineData("三件", "3", '件', false)]
    [InlineData("十二起，", "12", '起', false)]
    [InlineData("两件均已办结", "2", '件', false)]
    [InlineData("972.4015万元", "972.4015", '元', true)]
    [InlineData("9724015元", "972.4015", '元', false)]
    [InlineData("348.47万。", "348.47", '元', true)]
    [InlineData("16557462.5（元）", "16557462.5", '\0', true)]
    [InlineData("15个工作日", "15", '\0', true)]
    [InlineData("12%", "12", '\0', true)]
    [InlineData("120人次", "120", '\0', true)]
    [InlineData("13.3万人次", "13.3", '\0', true)]
    [InlineData("5件次", "5", '\0', true)]
    [InlineData("3部门", "3", '\0', true)]
    public void A_number_is_read_with_its_unit(string text, string value, char unit, bool plain)
    {
        Assert.True(NumberReader.TryRead(text, 0, out var number, out var isTime, out _));
        Assert.False(isTime);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), number.Value);
        Assert.Equal(unit, number.Unit);
        if (unit != '\0')
        {
            Assert.Equal(plain, number.Plain);
        }
    }

    [Theory]
    [InlineData("40余件")]
    [InlineData("40多件")]
    [InlineData("40件左右")]
    [InlineData("40件以上")]
    public void Estimates_are_marked(string text)
    {
        Assert.True(NumberReader.TryRead(text, 0, out var number, out _, out _));
        Assert.True(number.Approximate);
        Assert.Equal('件', number.Unit);
    }

    [Theory]
    [InlineData("2021年")]
    [InlineData("2021 年度")]
    [InlineData("12月")]
    [InlineData("31日")]
    public void Years_and_dates_are_times(string text)
    {
        Assert.True(NumberReader.TryRead(text, 0, out _, out var isTime, out _));
        Assert.True(isTime);
    }

    [Theory]
    [InlineData("第3件", 1)]
    [InlineData("v2件", 1)]
    [InlineData("notice_38件", 7)]
    public void Ordinals_and_codes_are_no_figures(string text, int at)
    {
        Assert.True(NumberReader.TryRead(text, at, out var number, out _, out _));
        Assert.Equal('\0', number.Unit);
    }

    [Theory]
    [InlineData("一是", 0)]
    [InlineData("统一", 1)]
    [InlineData("三类", 0)]
    [InlineData("一件事", 0)]
    [InlineData("三个方面", 0)]
    [InlineData("第一件", 1)]
    public void Chinese_numerals_in_words_are_not_numbers(string text, int at) =>
        Assert.False(NumberReader.TryRead(text, at, out _, out _, out _));
}
