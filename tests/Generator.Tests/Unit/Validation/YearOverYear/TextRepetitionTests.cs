using Generator.Validation.YearOverYear;

namespace Generator.Tests.Unit.Validation.YearOverYear;

/// <summary>What counts as the same sentence as last year's: figures, spaces and punctuation aside.</summary>
public sealed class TextRepetitionTests
{
    [Fact]
    public void Figures_in_any_writing_do_not_make_a_sentence_new()
    {
        var before = "2021年，全年新收申请26件，办结25件。组织培训三次，参训45人次。";
        var after = "2022年，全年新收申请 31 件，办结30件！组织培训两次，参训５２人次。";

        Assert.Equal((2, 2), TextRepetition.Measure(after, before));
    }

    [Fact]
    public void Words_that_change_make_a_sentence_new()
    {
        var before = "本局坚持以公开为常态、不公开为例外。在门户网站开设政务公开专栏。";
        var after = "本局坚持以公开为常态、不公开为例外。在政务新媒体开设政策解读栏目。";

        var measure = TextRepetition.Measure(after, before)!.Value;
        Assert.Equal((1, 2), measure);
        Assert.True(TextRepetition.IsRepeated(measure)); // half is enough
    }

    [Fact]
    public void Short_sentences_and_short_sections_are_not_judged()
    {
        Assert.Empty(TextRepetition.Sentences("无。暂无。\n# 主动公开\n"));
        Assert.Null(TextRepetition.Measure("本年度未收取信息处理费。", "本年度未收取信息处理费。"));
    }

    [Fact]
    public void Markdown_marks_do_not_count()
    {
        var before = "- **丰富解读形式**，重要政策文件原则上同步配发图解；\n- 加强基层单位公开属性认定培训。";
        var after = "1. 丰富解读形式，重要政策文件原则上同步配发图解\n2. 今年起开展线上政策解读直播活动。";

        Assert.Equal((1, 2), TextRepetition.Measure(after, before));
    }
}
