using System.Text;
using static Generator.Bench.Adversarial.AdversarialFamily;

namespace Generator.Bench.Adversarial;

/// <summary>
/// The families the benchmark grows: the (unclosed links and images, emphasis runs, nested
/// brackets, backslashes, entities, long tables) and the others found while looking for more
/// (autolinks, backtick runs, list markers, block quotes, link reference definitions, setext
/// underlines, CJK punctuation next to <c>**</c>). Plain Chinese prose is the reference.
/// </summary>
internal static class AdversarialFamilies
{
    private const string Prose = "本年度共受理政府信息公开申请，均在法定期限内答复。";

    public static IReadOnlyList<AdversarialFamily> All { get; } =
    [
        Repeat("prose", InputPlace.Narrative, Prose + "\n"),
        Repeat("prose-one-paragraph", InputPlace.Narrative, Prose),
        Repeat("unclosed-links", InputPlace.Narrative, "[a]("),
        Repeat("unclosed-images", InputPlace.Narrative, "![a]("),
        Repeat("link-then-paren", InputPlace.Narrative, "[a](b"),
        Repeat("open-brackets", InputPlace.Narrative, "["),
        Repeat("open-image-brackets", InputPlace.Narrative, "!["),
        Repeat("closed-brackets", InputPlace.Narrative, "[a]"),
        Repeat("closing-brackets", InputPlace.Narrative, "]"),
        Repeat("bracket-paren", InputPlace.Narrative, "]("),
        Repeat("links", InputPlace.Narrative, "[网站](https://www.example.gov.cn/a) "),
        new("nested-links", InputPlace.Narrative, "`[` × n + `a` + `](u)` × n", bytes => Nested("[", "a", "](https://x.cn/)", bytes)),
        Repeat("star-runs", InputPlace.Narrative, "*a"),
        Repeat("star-intraword", InputPlace.Narrative, "a*b"),
        Repeat("double-star-runs", InputPlace.Narrative, "**a"),
        Repeat("triple-star-runs", InputPlace.Narrative, "***a"),
        Repeat("underscore-runs", InputPlace.Narrative, "_a"),
        Repeat("closed-emphasis", InputPlace.Narrative, "*a*"),
        Repeat("closed-strong", InputPlace.Narrative, "**a**"),
        Repeat("cjk-strong", InputPlace.Narrative, "**中，"),
        Repeat("cjk-strong-closing", InputPlace.Narrative, "，**中"),
        new("mixed-delimiters", InputPlace.Narrative, "`*_**__` mixed × n", bytes => Repeated("*a_b**c__d***e", bytes)),
        Repeat("backslashes", InputPlace.Narrative, "\\"),
        Repeat("backslash-escapes", InputPlace.Narrative, "\\*"),
        Repeat("backslash-line-ends", InputPlace.Narrative, "文字\\\n"),
        Repeat("hard-breaks", InputPlace.Narrative, "文字  \n"),
        Repeat("entities", InputPlace.Narrative, "&amp;"),
        Repeat("numeric-entities", InputPlace.Narrative, "&#33;"),
        Repeat("unterminated-entities", InputPlace.Narrative, "&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
        Repeat("open-autolinks", InputPlace.Narrative, "<a"),
        Repeat("open-url-autolinks", InputPlace.Narrative, "<http://a"),
        Repeat("autolinks", InputPlace.Narrative, "<https://www.example.gov.cn/> "),
        Repeat("backtick", InputPlace.Narrative, "`"),
        Repeat("open-code", InputPlace.Narrative, "`a"),
        new("backtick-runs", InputPlace.Narrative, "`a` + `a`ˋˋ … growing runs", GrowingBacktickRuns),
        Repeat("list-markers-one-line", InputPlace.Narrative, "1. "),
        Repeat("bullets-one-line", InputPlace.Narrative, "- a "),
        Repeat("bullet-lines", InputPlace.Narrative, "- 项目\n"),
        new("deepening-lists", InputPlace.Narrative, "`- a` indented 2 more each line, restarting", DeepeningLists),
        Repeat("quotes-one-line", InputPlace.Narrative, "> "),
        Repeat("quote-lines", InputPlace.Narrative, "> 引用\n"),
        new("deepening-quotes", InputPlace.Narrative, "`>` one more each line, restarting", DeepeningQuotes),
        Repeat("quote-list-one-line", InputPlace.Narrative, "> - "),
        Repeat("link-definitions", InputPlace.Narrative, "[a]: b\n"),
        Repeat("empty-link-definitions", InputPlace.Narrative, "[a]:\n"),
        Repeat("link-definition-titles", InputPlace.Narrative, "[a]: b\n'\n"),
        Repeat("setext-headings", InputPlace.Narrative, "文字\n---\n"),
        Repeat("setext-h1", InputPlace.Narrative, "文字\n===\n"),
        Repeat("atx-headings", InputPlace.Narrative, "# 标题\n"),
        Repeat("thematic-breaks", InputPlace.Narrative, "* * *\n"),
        Repeat("code-fences", InputPlace.Narrative, "```\n"),
        Repeat("indented-code", InputPlace.Narrative, "    代码\n"),
        Repeat("html-lines", InputPlace.Narrative, "<div>\n"),
        Repeat("pipe-rows", InputPlace.Narrative, "| 甲 | 乙 |\n"),
        // The worst input the engine accepts: paragraphs just under the limits of MarkupLimits (64 [, 128 runs of * or _).
        Repeat("links-at-limit", InputPlace.Narrative, string.Concat(Enumerable.Repeat("[a](", 64)) + "\n\n"),
        Repeat("brackets-at-limit", InputPlace.Narrative, string.Concat(Enumerable.Repeat("[a ", 64)) + "\n\n"),
        Repeat("stars-at-limit", InputPlace.Narrative, string.Concat(Enumerable.Repeat("*a", 128)) + "\n\n"),
        new("long-paragraph-64-links", InputPlace.Narrative, "one paragraph of prose lines with 64 `[a](b (` spread through it", SpreadOpeners),
        Repeat("template-unclosed-links", InputPlace.Template, "[a]("),
        Repeat("template-unclosed-images", InputPlace.Template, "![a]("),
        Repeat("template-star-runs", InputPlace.Template, "*a"),
        Repeat("template-open-brackets", InputPlace.Template, "["),
        new("template-long-table", InputPlace.Template, "```table with n rows of 8 cells", LongTable),
        new("template-wide-table", InputPlace.Template, "```table with 1 row of n cells", WideTable),
    ];

    /// <summary><c>[[[…a](u)](u)…</c>: links nested in link text, which CommonMark does not allow.</summary>
    private static string Nested(string open, string middle, string close, int bytes)
    {
        var count = Math.Max(1, (bytes - middle.Length) / (open.Length + close.Length));
        return new StringBuilder().Insert(0, open, count).Append(middle).Insert(count * open.Length + middle.Length, close, count).ToString();
    }

    /// <summary>
    /// One paragraph (prose lines, no blank line) with 64 link openers spread evenly: each makes Markdig look
    /// to the end of the paragraph for a link title, so this is the cost the limit leaves, 64 × the length.
    /// </summary>
    private static string SpreadOpeners(int bytes)
    {
        var line = Encoding.UTF8.GetByteCount(Prose + "\n");
        var lines = Math.Max(64, bytes / line);
        var sb = new StringBuilder(bytes);
        for (var i = 0; i < lines; i++)
        {
            sb.Append(i % (lines / 64) == 0 && i / (lines / 64) < 64 ? "[a](b (" : string.Empty).Append(Prose).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Runs of 1, 2, 3 … backticks between letters: none can close another, so a naive scan looks to the end for each.</summary>
    private static string GrowingBacktickRuns(int bytes)
    {
        var sb = new StringBuilder(bytes);
        for (var run = 1; sb.Length < bytes; run++)
        {
            sb.Append('a').Append('`', run);
        }

        return sb.ToString();
    }

    /// <summary>Bullets indented two spaces more on each line, 40 levels, then again from the left.</summary>
    private static string DeepeningLists(int bytes)
    {
        var sb = new StringBuilder(bytes);
        for (var i = 0; sb.Length < bytes; i++)
        {
            sb.Append(' ', 2 * (i % 40)).Append("- 项\n");
        }

        return sb.ToString();
    }

    /// <summary>One more <c>&gt;</c> on each line, 40 levels, then again.</summary>
    private static string DeepeningQuotes(int bytes)
    {
        var sb = new StringBuilder(bytes);
        for (var i = 0; sb.Length < bytes; i++)
        {
            sb.Append('>', 1 + i % 40).Append(" 引\n");
        }

        return sb.ToString();
    }

    /// <summary>A table of the template markup (see docs/templates.md), 8 columns and as many rows as fit.</summary>
    private static string LongTable(int bytes)
    {
        const string Row = "甲 | 1 | 2 | 3 | 4 | 5 | 6 | 7\n";
        return "```table 长表\n{h} 列 | {h} 一 | {h} 二 | {h} 三 | {h} 四 | {h} 五 | {h} 六 | {h} 七\n---\n" + Repeated(Row, bytes) + "```\n";
    }

    /// <summary>A table of one row with as many cells as fit.</summary>
    private static string WideTable(int bytes) => "```table 宽表\n1" + Repeated(" | 1", bytes) + "\n```\n";
}
