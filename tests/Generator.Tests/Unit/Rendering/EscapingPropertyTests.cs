using System.Xml.Linq;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Generator.Document;
using Generator.Document.Blocks;
using Generator.Document.Inlines;
using Generator.Rendering.Html;
using Generator.Rendering.Markdown;
using Generator.Rendering.Word;
using Generator.Tests.Golden;
using Markdig;

namespace Generator.Tests.Unit.Rendering;

/// <summary>
/// Any text, however full of markup characters, comes out of every format as that same text and
/// nothing more: the HTML parses to a paragraph and a table cell holding exactly the text, the
/// Markdown reads back through a CommonMark parser as the text, and the Word file holds it in
/// <c>w:t</c> runs. Control characters, which none of the formats can carry, are dropped.
/// </summary>
public sealed class EscapingPropertyTests
{
    private const int Cases = 500;

    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Characters that mean something in HTML, Markdown, XML or table markup, with CJK text, spaces and a few controls.</summary>
    private static readonly char[] Alphabet =
        [.. "<>&\"'|*_[]()`#~\\!{}:/.-+=;@$%^?, 　abcXYZ019中文公安局（一）、。“”\u0001\u0008\u007f\u200b\uFEFF"];

    private static Arbitrary<string> Texts { get; } =
        Gen.Elements(Alphabet).ArrayOf().Select(chars => new string(chars)).Where(s => s.Trim().Length > 0).ToArbitrary();

    [Property(MaxTest = Cases)]
    public Property Html_holds_the_text_and_no_markup() =>
        Prop.ForAll(Texts, text =>
        {
            var html = System.Text.Encoding.UTF8.GetString(new HtmlReportWriter().Write(Document(text)));
            var page = new HtmlParser().ParseDocument(html);
            var article = page.QuerySelector("article")!;

            Assert.Equal(["P", "TABLE"], article.Children.Select(e => e.TagName));
            Assert.Equal(Visible(text), article.Children[0].TextContent);
            Assert.Empty(article.Children[0].Children);
            Assert.Equal(Visible(text), page.QuerySelector("td")!.TextContent);
        });

    [Property(MaxTest = Cases)]
    public Property Markdown_reads_back_as_the_text() =>
        Prop.ForAll(Texts, text =>
        {
            var markdown = System.Text.Encoding.UTF8.GetString(new MarkdownReportWriter().Write(new ReportDocument("t", [Paragraph(text)])));
            var plain = Markdig.Markdown.ToPlainText(markdown, Readers);

            // A paragraph's leading and trailing white space (U+3000 included) is not content in Markdown.
            Assert.Equal(Visible(text).Trim(), plain.Trim());
        });

    [Property(MaxTest = Cases)]
    public Property Word_holds_the_text_in_runs() =>
        Prop.ForAll(Texts, text =>
        {
            var body = WordXml.Part(new WordReportWriter().Write(Document(text))).Root!.Element(W + "body")!;
            var paragraph = body.Elements(W + "p").First();
            var cell = body.Descendants(W + "tc").First();

            Assert.Equal(Visible(text), string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value)));
            Assert.Equal(Visible(text), string.Concat(cell.Descendants(W + "t").Select(t => t.Value)));
        });

    /// <summary>
    /// A reader with what the Markdown's readers understand beyond CommonMark: GFM (tables,
    /// strikethrough, autolinks) and pandoc's defaults (superscript, subscript, attributes).
    /// </summary>
    private static readonly MarkdownPipeline Readers = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough
            | Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Superscript
            | Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Subscript)
        .UseAutoLinks()
        .UseGenericAttributes()
        .Build();

    private static ReportDocument Document(string text) => new("t", [
        Paragraph(text),
        new Table("t", 1, 0, [new TableRow([new TableCell(CellKind.Data, text, 0, 1, 1, default)], default)], [], default),
    ]);

    private static Paragraph Paragraph(string text) => new([new TextRun(text, default)], default);

    /// <summary>The text as every format shows it: without the control characters no format can carry.</summary>
    private static string Visible(string text) => new([.. text.Where(c => c >= ' ' && c is not '\u007f')]);
}
