using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Generator.Tests.Golden;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Tests.Security;

/// <summary>
/// Publishing safety (issue 7, part 1): every payload of <c>xss-payloads.txt</c>, put into every text
/// field a report has, comes out of every format as inert text. HTML: parsed as a browser would, it
/// holds no element, attribute or URL the template did not make itself. Markdown: read as a portal
/// would (Markdig with its advanced extensions, HTML allowed), it holds no raw HTML and no unsafe
/// link. Word: no hyperlink to an unsafe URL, and the text of the page is in the document as text.
/// </summary>
public sealed partial class XssCorpusTests
{
    private static readonly MarkdownPipeline Portal = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    private static readonly Lazy<Baseline> Harmless = new(() => new Baseline(HostileReport.Build("正常的文字")));

    public static TheoryData<int> Payloads() => [.. Enumerable.Range(0, XssPayloads.All.Count)];

    [Fact]
    public void The_corpus_has_at_least_fifty_payloads() => Assert.True(XssPayloads.All.Count >= 50, $"{XssPayloads.All.Count} payloads");

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Payload_in_every_text_field_is_inert_in_every_format(int index)
    {
        var payload = XssPayloads.All[index];
        var outcome = HostileReport.Build(payload);

        // A control character cannot be printed in a name or title: refused there (GEN0113), and nothing else
        // is wrong with the report; in the narrative it is dropped like any other, which the rest checks.
        var line = ControlCharacter().Replace(payload, string.Empty);
        if (line != payload)
        {
            Assert.False(outcome.Result.Succeeded);
            Assert.All(outcome.Result.Diagnostics.Where(d => d.IsError), d => Assert.Equal("GEN0113", d.Code));
            outcome = HostileReport.Build(payload, lineText: line);
        }

        // A report that failed to build would prove nothing: every payload is a legitimate (if odd) text.
        Assert.True(outcome.Result.Succeeded, $"payload {index} {Show(payload)} did not build:\n{outcome.Diagnostics}");
        var problems = Check(outcome, line);
        Assert.True(problems.Count == 0, $"payload {index} {Show(payload)}:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Payload_as_website_is_refused_or_inert(int index)
    {
        var payload = XssPayloads.All[index];
        var outcome = HostileReport.Build("正常的文字", website: payload);
        if (!outcome.Result.Succeeded)
        {
            // Refused as an address (GEN0112), or as a text with control characters (GEN0113).
            Assert.Matches("GEN011[23]", outcome.Diagnostics);
            Assert.Empty(outcome.Files);
            return;
        }

        var problems = Check(outcome, "正常的文字");
        Assert.True(problems.Count == 0, $"website {Show(payload)}:\n" + string.Join("\n", problems));
    }

    private static List<string> Check(CaseRunner.Outcome outcome, string titleText)
    {
        var baseline = Harmless.Value;
        var html = UnsafeHtml.Parse(outcome.Files["test/2022/report.html"]);
        var problems = UnsafeHtml.Problems(html, baseline.Html).Select(p => "HTML " + p).ToList();

        var markdown = Markdown.Parse(outcome.Files["test/2022/report.md"], Portal);
        var raw = RawHtml(markdown);
        if (raw != baseline.RawHtmlInMarkdown)
        {
            problems.Add($"Markdown: {raw} raw HTML nodes, the template alone makes {baseline.RawHtmlInMarkdown}");
        }

        problems.AddRange(markdown.Descendants<LinkInline>().Where(l => l.Url is { } url && !UnsafeHtml.IsSafeUrl(url)).Select(l => $"Markdown link to {l.Url}"));
        problems.AddRange(markdown.Descendants<AutolinkInline>().Where(l => !UnsafeHtml.IsSafeUrl(l.Url)).Select(l => $"Markdown autolink to {l.Url}"));
        problems.AddRange(UnsafeHtml.Problems(UnsafeHtml.Parse(markdown.ToHtml(Portal)), baseline.MarkdownAsHtml).Select(p => "Markdown as HTML " + p));

        using var word = WordprocessingDocument.Open(new MemoryStream(outcome.Bytes["test/2022/report.docx"]), isEditable: false);
        var main = word.MainDocumentPart!;
        problems.AddRange(main.HyperlinkRelationships.Where(r => !UnsafeHtml.IsSafeUrl(r.Uri.OriginalString)).Select(r => $"Word hyperlink to {r.Uri}"));

        // The text a reader sees on the page is in the Word file as text (whitespace aside).
        var wordText = Squash(main.Document!.Body!.InnerText);
        foreach (var paragraph in html.QuerySelectorAll("article p, article li, article h1, article td").Select(e => Squash(e.TextContent)).Where(t => t.Length > 0))
        {
            if (!wordText.Contains(paragraph, StringComparison.Ordinal))
            {
                problems.Add($"Word lacks the text “{paragraph}”");
            }
        }

        // The title is plain text in every format: all of it is there, markup characters and all
        // (U+0000 becomes U+FFFD, as CommonMark requires, and other control characters are dropped).
        var title = Squash(new string([.. titleText.Replace('\0', '\uFFFD').Where(c => c >= ' ' && c is not '\u007f' and not (>= '\u0080' and <= '\u009f'))]));
        if (title.Length > 0 && Squash(html.Title ?? string.Empty) != title)
        {
            problems.Add($"HTML title is “{html.Title}”");
        }

        return problems;
    }

    private static int RawHtml(MarkdownDocument document) =>
        document.Descendants<HtmlBlock>().Count() + document.Descendants<HtmlInline>().Count();

    private static string Squash(string text) => Whitespace().Replace(text, string.Empty);

    private static string Show(string payload) => Regex.Escape(payload);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed class Baseline(CaseRunner.Outcome outcome)
    {
        public AngleSharp.Dom.IDocument Html { get; } = UnsafeHtml.Parse(outcome.Files["test/2022/report.html"]);

        public int RawHtmlInMarkdown { get; } = RawHtml(Markdown.Parse(outcome.Files["test/2022/report.md"], Portal));

        public AngleSharp.Dom.IDocument MarkdownAsHtml { get; } =
            UnsafeHtml.Parse(Markdown.Parse(outcome.Files["test/2022/report.md"], Portal).ToHtml(Portal));
    }

    /// <summary>What a one-line field refuses: C0 controls but tab and line feed, DEL, C1.</summary>
    [GeneratedRegex("[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]")]
    private static partial Regex ControlCharacter();
}
