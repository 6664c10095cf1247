using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Tests.Unit.Data;

/// <summary>
/// Issue 15, items 8, 9, 11, 12 and 15, walked over their members: what a text, a website or a data file
/// may hold, each refused where it is with a located Chinese error.
/// </summary>
public sealed class TextFieldTests
{
    private static readonly string Year = File.ReadAllText(Path.Combine(TestPaths.Specs, "060-input-errors", "002-text-in-number-field", "data", "test", "2022.yaml"))
        .Replace("[五, 1,", "[5, 1,", StringComparison.Ordinal);

    public static TheoryData<string> BlankTexts() => ["\"\"", "\" \"", "\"\u3000\"", "\"\u200b\"", "\"\u00a0\"", "\"\\ufeff\"", "\"\\t\"", "\"\u3000\u200b \u2060\""];

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void A_required_text_that_is_only_white_space_or_invisible_is_missing(string blank)
    {
        var diagnostics = ReaderRun.Bureau($"agency: {blank}\n");
        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal(DiagnosticCode.MissingField.Id, error.Code);
        Assert.Equal(1, error.Span.Line);
    }

    [Theory]
    [MemberData(nameof(BlankTexts))]
    public void A_required_narrative_that_is_only_white_space_is_missing(string blank)
    {
        var (report, diagnostics) = ReaderRun.Report(Year.Replace("overview: |\n  本年度政务公开工作总体平稳。\n", $"overview: {blank}\n", StringComparison.Ordinal), checkRelations: false);
        Assert.Null(report);
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCode.MissingField.Id && d.Message.StartsWith("overview", StringComparison.Ordinal));
    }

    public static TheoryData<int> ControlCharacters() =>
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Concat(Enumerable.Range(0x7F, 0x21))];

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void A_control_character_in_a_one_line_text_is_refused_at_its_field(int character)
    {
        var escaped = $"\\u{character:x4}";
        var diagnostics = ReaderRun.Bureau($"agency: 测试市公安局\nregion: \"测试{escaped}省\"\n");
        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal(DiagnosticCode.InvalidText.Id, error.Code);
        Assert.Equal(2, error.Span.Line);
    }

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public void A_raw_control_character_anywhere_in_a_data_file_is_told_at_its_place(int character)
    {
        var text = Year.Replace("本年度政务公开工作总体平稳。", $"本年度政务公开{(char)character}工作总体平稳。", StringComparison.Ordinal);
        var (_, diagnostics) = ReaderRun.Report(text, checkRelations: false);
        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal((DiagnosticCode.YamlSyntax.Id, 3, 10), (error.Code, error.Span.Line, error.Span.Column));
    }

    [Fact]
    public void A_runaway_one_line_text_is_refused_and_blamed_on_its_field()
    {
        var diagnostics = ReaderRun.Bureau($"agency: {new string('局', 200_000)}\n");
        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal((DiagnosticCode.InvalidText.Id, 1), (error.Code, error.Span.Line));
    }

    [Theory]
    [InlineData("https://www.example.gov.cn/ a")]
    [InlineData(" https://www.example.gov.cn/")]
    [InlineData("https://www.example.gov.cn/\\n")]
    [InlineData("https://www.example.gov.cn/a)b")]
    [InlineData("https://www.example.gov.cn/(a)")]
    [InlineData("https://www.example.gov.cn/<a>")]
    [InlineData("https://www.example.gov.cn/\\\"")]
    [InlineData("https://www.example.gov.cn/'")]
    [InlineData("https://www.example.gov.cn/公开")]
    [InlineData("https://公安.中国/")]
    [InlineData("https://www.example.gov.cn/%zz")]
    [InlineData("https://www.example.gov.cn/%4")]
    [InlineData("https://www.example.gov.cn/\\u0000")]
    [InlineData("https:///path")]
    [InlineData("http:/www.example.gov.cn")]
    [InlineData("www.example.gov.cn")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://www.example.gov.cn/")]
    public void A_website_that_is_not_a_plain_absolute_address_is_refused(string website)
    {
        var diagnostics = ReaderRun.Bureau($"agency: 测试市公安局\nwebsite: \"{website}\"\n");
        Assert.Contains(diagnostics.Items, d => d.Code is "GEN0112" or "GEN0113" && d.Span.Line == 2);
    }

    [Theory]
    [InlineData("https://www.example.gov.cn/")]
    [InlineData("http://www.fzcl.gov.cn/")]
    [InlineData("https://www.example.gov.cn/a_%28b%29?x=1&y=%E5%85%AC#top")]
    [InlineData("https://xn--fiq228c.xn--fiqs8s/")]
    [InlineData("https://www.example.gov.cn:8443/zwgk/")]
    public void A_plain_absolute_address_is_accepted(string website) =>
        Assert.DoesNotContain(ReaderRun.Bureau($"agency: 测试市公安局\nwebsite: \"{website}\"\n").Items, d => d.IsError);

    [Theory]
    [InlineData("---\n")]
    [InlineData("---\nyear: 2021\n")]
    [InlineData("...\n---\nx: 1\n")]
    [InlineData("--- 第二份\n")]
    public void A_second_document_is_an_error_at_its_start(string second)
    {
        var (report, diagnostics) = ReaderRun.Report(Year + second, checkRelations: false);
        Assert.Null(report);
        var error = Assert.Single(diagnostics.Items, d => d.IsError);
        Assert.Equal(DiagnosticCode.YamlSyntax.Id, error.Code);
        Assert.True(error.Span.Line >= Year.Split('\n').Length - 1, $"line {error.Span.Line}");
    }

    [Theory]
    [InlineData("2023.yml", true)]
    [InlineData("2023.YAML", true)]
    [InlineData("2023.Yaml", true)]
    [InlineData("2023 .yaml", true)]
    [InlineData(" 2023.yaml", true)]
    [InlineData("2023. yaml", true)]
    [InlineData("12022.yaml", true)]
    [InlineData("0999.yaml", true)]
    [InlineData("202.yaml", true)]
    [InlineData("2101.yaml", true)]
    [InlineData("2023.yaml", false)]
    [InlineData("2023.imported.yaml", false)]
    [InlineData("notes.yaml", false)]
    [InlineData("2023.txt", false)]
    public void A_file_named_almost_like_a_year_file_is_an_error_naming_the_name_to_use(string name, bool misnamed)
    {
        var data = TestPaths.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(data, "test"));
        File.WriteAllText(Path.Combine(data, "test", "bureau.yaml"), "agency: 测试市公安局\n");
        File.WriteAllText(Path.Combine(data, "test", "2022.yaml"), Year);
        File.WriteAllText(Path.Combine(data, "test", name), "year: 2023\n");
        var diagnostics = new DiagnosticBag();

        var found = new DataFolder(data).Find(null, null, diagnostics);

        Assert.Equal(misnamed, diagnostics.Items.Any(d => d.Code == DiagnosticCode.MisnamedYearFile.Id && d.Span.File.EndsWith(name, StringComparison.Ordinal)));
        Assert.Equal(name == "2023.yaml" ? 2 : 1, found.Count);
    }
}
