using System.Diagnostics;
using System.Text;
using Generator.Document.Building;
using Generator.Document.Building.Limits;

namespace Generator.Tests.Unit.Document.Limits;

/// <summary>
/// The pre-scan before Markdig (issue 15, item 1): every family of input that Markdig reads in more than
/// linear time is refused where it first goes past a limit, whatever surrounds it; what real narrative
/// writes passes. The time per KB over growing sizes is measured by the benchmark
/// (<c>generator-bench adversarial</c>, results in docs/PERFORMANCE.md).
/// </summary>
public sealed class MarkupLimitsTests
{
    /// <summary>The openers Markdig pays for: unclosed links and images, brackets, emphasis runs, line-start nesting.</summary>
    public static TheoryData<string> Openers() =>
    [
        "[a](", "![a](", "[a](b", "[a](b (", "[ (](", "[](", "[![a](", "[", "![", "[a ", "[a]",
        "*a", "**a", "***a", "_a", "__a ", "*a ", "a*b", "*a*", "**中，", "，**中", "*a_b**c__d***e",
    ];

    /// <summary>The same unit in the places a paragraph can be: alone, after text, in a list item, in a quote, in a heading, one per line.</summary>
    public static TheoryData<string, string> OpenersInPlaces()
    {
        var data = new TheoryData<string, string>();
        foreach (var unit in Openers())
        {
            foreach (var place in new[] { "{0}", "说明：{0}", "- {0}", "> {0}", "## {0}", "{0}\n", "- {0}\n  ", "> {0}\n> " })
            {
                data.Add(unit, place);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OpenersInPlaces))]
    public void Repeated_openers_are_refused_at_the_first_past_the_limit(string unit, string place)
    {
        var piece = string.Format(System.Globalization.CultureInfo.InvariantCulture, place, unit);
        var text = Repeat(piece, 256 * 1024);

        var limit = MarkupLimits.Check(text);

        Assert.NotNull(limit);

        // Found within the first paragraph that reaches a limit, not somewhere at the end.
        var offset = OffsetOf(text, limit.Line, limit.Column);
        Assert.InRange(offset, 0, (Math.Max(MarkupLimits.MaxBrackets, MarkupLimits.MaxEmphasisRuns) + 2) * piece.Length);
        Assert.Contains("超过", limit.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("> ")]
    [InlineData("- ")]
    [InlineData("* ")]
    [InlineData("1. ")]
    [InlineData("> - ")]
    [InlineData(">")]
    public void A_line_nesting_deeper_than_the_limit_is_refused_at_its_marker(string marker)
    {
        var line = Repeat(marker, marker.Length * (MarkupLimits.MaxLineNesting + 5)) + "文字";
        var limit = MarkupLimits.Check("正文。\n\n" + line + "\n");

        Assert.NotNull(limit);
        Assert.Equal(2, limit.Line);
        Assert.True(limit.Column < line.Length);
    }

    [Fact]
    public void Exactly_the_limits_pass_and_one_more_is_refused()
    {
        Assert.Null(MarkupLimits.Check(string.Concat(Enumerable.Repeat("[甲](https://a.cn/)", MarkupLimits.MaxBrackets))));
        Assert.NotNull(MarkupLimits.Check(string.Concat(Enumerable.Repeat("[甲](https://a.cn/)", MarkupLimits.MaxBrackets + 1))));
        Assert.Null(MarkupLimits.Check(string.Concat(Enumerable.Repeat("**重点**，", MarkupLimits.MaxEmphasisRuns / 2))));
        Assert.NotNull(MarkupLimits.Check(string.Concat(Enumerable.Repeat("**重点**，", MarkupLimits.MaxEmphasisRuns / 2 + 1))));
    }

    [Fact]
    public void Paragraphs_are_counted_apart_and_escapes_are_text()
    {
        var paragraph = string.Concat(Enumerable.Repeat("[甲](https://a.cn/)", MarkupLimits.MaxBrackets));

        // Many paragraphs at the limit: each is read in linear time, so the whole text is too.
        Assert.Null(MarkupLimits.Check(string.Join("\n\n", Enumerable.Repeat(paragraph, 100))));
        Assert.Null(MarkupLimits.Check(string.Join("\n \t\n", Enumerable.Repeat(paragraph, 100))));
        Assert.Null(MarkupLimits.Check(Repeat("\\[\\*\\_", 100_000)));
        Assert.NotNull(MarkupLimits.Check(Repeat("\\\\[", 100_000)));
        Assert.NotNull(MarkupLimits.Check(string.Join("\n", Enumerable.Repeat(paragraph, 2))));
    }

    [Fact]
    public void Only_a_fence_at_the_margin_hides_its_content()
    {
        var openers = Repeat("[a](", 10_000);
        Assert.Null(MarkupLimits.Check("```table 表\n" + openers + "\n```\n正文"));
        Assert.Null(MarkupLimits.Check("~~~~\n" + openers + "\n~~~\n" + openers + "\n"));
        Assert.NotNull(MarkupLimits.Check("```table 表\n```\n" + openers));
        Assert.NotNull(MarkupLimits.Check("```table 表\n  ```  \n" + openers));

        // Not fences: indented (inside a list item a fence ends with the item), a backtick in the info, too short.
        Assert.NotNull(MarkupLimits.Check("- 项\n  ```\n" + openers));
        Assert.NotNull(MarkupLimits.Check("``` a`b\n" + openers));
        Assert.NotNull(MarkupLimits.Check("``\n" + openers));
    }

    /// <summary>Setext headings in every form Markdig reads one: = or -, any length, indented, trailing spaces, in a quote.</summary>
    [Theory]
    [InlineData("文字\n===\n")]
    [InlineData("文字\n---\n")]
    [InlineData("文字\n=\n")]
    [InlineData("文字\n-\n")]
    [InlineData("文字\n   ------   \n")]
    [InlineData("> 文字\n> ---\n")]
    [InlineData("第一行\n第二行\n===\n\n")]
    public void Setext_headings_past_the_limit_are_refused_at_the_first_underline_past_it(string heading)
    {
        var lines = heading.Count(c => c == '\n');
        Assert.Null(MarkupLimits.Check(string.Concat(Enumerable.Repeat(heading, MarkupLimits.MaxSetextHeadings))));

        var limit = MarkupLimits.Check(string.Concat(Enumerable.Repeat(heading, 10_000)));

        Assert.NotNull(limit);
        var underline = heading.Split('\n').Select((l, i) => (l, i)).Last(p => p.l.Trim(' ', '>').Length > 0 && p.l.Trim(' ', '>').All(c => c is '=' or '-')).i;
        Assert.Equal(MarkupLimits.MaxSetextHeadings * lines + underline, limit.Line);
        Assert.Contains("===", limit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thematic_breaks_after_a_blank_line_and_atx_headings_are_not_counted()
    {
        Assert.Null(MarkupLimits.Check(Repeat("文字\n\n---\n", 100_000)));
        Assert.Null(MarkupLimits.Check(Repeat("## 标题\n正文\n", 100_000)));
        Assert.Null(MarkupLimits.Check(Repeat("```\n文字\n---\n```\n", 100_000)));
    }

    [Fact]
    public void Narrative_of_every_sample_and_the_templates_output_pass()
    {
        // What staff write: short paragraphs, a few links, bold phrases, one or two list levels.
        var narrative = """
            本年度共受理政府信息公开申请 **120** 件，详见[门户网站](https://www.example.gov.cn/xxgk/)和[政务新媒体](https://weibo.example.cn/)。

            1. 主动公开：*规范性文件* 12 件；
            2. 依申请公开：
               - 当面申请 3 件；
               - 网上申请 100 件。

            > 注：数据截至 12 月 31 日。[2022]12 号文件、[2023]3 号文件另行说明。
            """;
        Assert.Null(MarkupLimits.Check(narrative));
        Assert.Null(MarkupLimits.Check(string.Join("\n\n", Enumerable.Repeat(narrative, 500))));
    }

    /// <summary>
    /// The cause, in Markdig 1.6 itself: four times the <c>[a](</c> takes far more than four times as long
    /// (about sixteen). When a Markdig update fixes it, this fails, and the limits can be reconsidered.
    /// </summary>
    [Fact]
    public void Markdig_reads_unclosed_links_in_more_than_linear_time()
    {
        var small = Best(Repeat("[a](", 4 * 2_000));
        var large = Best(Repeat("[a](", 4 * 8_000));

        Assert.True(large > 6 * small, $"2 000 × [a]( took {small:F1} ms, 8 000 × {large:F1} ms: no longer superlinear?");
    }

    /// <summary>Best of three times Markdig takes to parse <paramref name="text"/>, in ms.</summary>
    private static double Best(string text)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            Markdig.Markdown.Parse(text, Markup.Pipeline);
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static string Repeat(string piece, int length)
    {
        var sb = new StringBuilder(length + piece.Length);
        while (sb.Length < length)
        {
            sb.Append(piece);
        }

        return sb.ToString();
    }

    private static int OffsetOf(string text, int line, int column)
    {
        var offset = 0;
        for (var i = 0; i < line; i++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset + column;
    }
}
