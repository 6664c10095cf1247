using System.Text;
using Generator.Diagnostics;
using Generator.Import;
using Generator.Import.Reading;
using Generator.Import.Recognizing;
using Generator.Import.Source;

namespace Generator.Tests.Unit.Import;

/// <summary>The small pieces of reading: white space, Markdown escaping, encodings, dates, section headings.</summary>
public sealed class ReadingTests
{
    [Theory]
    [InlineData("政务\n公开", "政务公开")]
    [InlineData("a\n b", "a b")]
    [InlineData("发稿\n280余篇", "发稿280余篇")]
    [InlineData("工作日\u00A09:00", "工作日 9:00")]
    [InlineData("自\u200B然人", "自然人")]
    public void White_space_is_what_a_reader_sees(string text, string tidy) => Assert.Equal(tidy, TextTidy.Collapse(text));

    [Theory]
    [InlineData("标注 * 号", "标注 \\* 号")]
    [InlineData("户籍 & 出入境", "户籍 \\& 出入境")]
    [InlineData("<script>", "\\<script\\>")]
    public void Markdown_characters_stay_characters(string text, string markdown) => Assert.Equal(markdown, MarkdownText.Escape(text));

    [Theory]
    [InlineData("1. 开头的段落", "1\\. 开头的段落")]
    [InlineData("# 井号", "\\# 井号")]
    [InlineData("1.属于国家秘密", "1.属于国家秘密")]
    public void A_paragraph_does_not_turn_into_a_list_or_heading(string markdown, string guarded) => Assert.Equal(guarded, MarkdownText.GuardLineStart(markdown));

    [Fact]
    public void Bold_runs_and_safe_links_become_Markdown()
    {
        var text = new MarkdownText();
        text.Text("（一）主动公开。", bold: true);
        text.Text(" 见");
        text.Link("网站", "https://www.example.gov.cn/");
        text.Link("脚本", "javascript:alert(1)");
        Assert.Equal("**（一）主动公开。** 见[网站](https://www.example.gov.cn/)脚本", text.Finish().Markdown);
    }

    [Fact]
    public void A_GBK_page_is_read_by_its_meta_charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body><p>自然人</p></body></html>";
        var document = HtmlReader.Read(Encoding.GetEncoding("GB18030").GetBytes(html), "a.html");
        Assert.Equal("自然人", Assert.IsType<SourceText>(Assert.Single(document.Blocks)).Plain);
    }

    [Fact]
    public void Scripts_styles_and_the_portal_around_the_report_are_not_read()
    {
        var html = "<body><div class=\"nav\">首页</div><script>document.write('x')</script><div id=\"wza-toolbar\">无障碍</div><p>正文</p><div class=\"footer\">版权所有</div></body>";
        Assert.Equal(["正文"], HtmlReader.Read(Encoding.UTF8.GetBytes(html), "a.html").Blocks.OfType<SourceText>().Select(t => t.Plain));
    }

    [Theory]
    [InlineData("2021年1月20日", 2021, 1, 20)]
    [InlineData("2021 年 1 月 20 日", 2021, 1, 20)]
    [InlineData("二〇二一年一月二十日", 2021, 1, 20)]
    [InlineData("二〇二〇年十二月三十一日", 2020, 12, 31)]
    public void Signature_dates_are_read(string text, int year, int month, int day) => Assert.Equal(new DateOnly(year, month, day), ReportDates.Parse(text));

    [Theory]
    [InlineData("2021年2月30日")]
    [InlineData("2021年1月")]
    public void Not_a_date_is_no_date(string text) => Assert.Null(ReportDates.Parse(text));

    [Theory]
    [InlineData("一、总体情况", 0)]
    [InlineData("三、依申请公开工作情况", 2)]
    [InlineData("四、行政复议和行政诉讼情况", 3)]
    [InlineData("五、信息公开工作存在的问题及改进情况", 4)]
    [InlineData("六、其他需要报告的事项", 5)]
    public void Section_headings_and_their_variants_are_found(string text, int section) => Assert.True(SectionFinder.IsHeading(text, section));

    [Fact]
    public void A_page_nested_deeper_than_any_report_is_read_without_running_out_of_stack()
    {
        var html = "<body><p>正文</p>" + string.Concat(Enumerable.Repeat("<div><span>", 20_000)) + "深处" + "</body>";
        var blocks = HtmlReader.Read(Encoding.UTF8.GetBytes(html), "a.html").Blocks.OfType<SourceText>().Select(t => t.Plain).ToList();
        Assert.Equal("正文", blocks[0]);
        Assert.DoesNotContain("深处", blocks);
    }

    [Theory]
    [InlineData(".pdf")]
    [InlineData(".docx")]
    [InlineData(".html")]
    public void A_file_over_the_size_limit_is_refused_whatever_it_claims_to_be(string extension)
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), "report" + extension);
        using (var file = File.Create(path))
        {
            // Sparse: the limit is counted while reading, so the length on disk does not matter.
            file.SetLength(ImportLimits.MaxFileBytes + 1L);
        }

        var refused = Assert.Throws<ImportRefusedException>(() => ReportFile.Read(path, "report" + extension));
        Assert.Equal(DiagnosticCode.ImportTooLarge, refused.Code);
        Assert.Contains("超过导入的上限 32 MB", refused.Message, StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void A_file_just_under_the_limit_is_read_for_what_it_is()
    {
        var path = Path.Combine(TestPaths.NewTempFolder(), "report.bin");
        File.WriteAllBytes(path, [1, 2, 3]);
        var refused = Assert.Throws<ImportRefusedException>(() => ReportFile.Read(path, "report.bin"));
        Assert.Equal(DiagnosticCode.ImportUnknownFormat, refused.Code);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
