using System.Text.RegularExpressions;
using Generator.Document.Blocks;
using Generator.Document.Inlines;

namespace Generator.Rendering.Word;

// Block renderers. The per-node renderers are a few lines each and share a file per group, as the HTML ones do.

/// <summary>
/// Headings by level: the title, then 一、 (黑体), （一） (楷体) and lower levels. A title too long for
/// one line of 2号 characters is broken where a clerk would break it, before the year, so that each
/// line is a whole phrase (“济源示范区公安局” / “2021年政府信息公开工作年度报告”) rather than wherever the
/// 20th character falls (GB/T 9704 §7.3.2: 回行时词意完整).
/// </summary>
internal sealed partial class HeadingRenderer : NodeRenderer<WordRenderer, Heading>
{
    /// <summary>156 mm holds 20 characters of 22 pt; widths count a Chinese character as 2.</summary>
    private const int TitleLineWidth = 40;

    protected override void Write(WordRenderer r, Heading node)
    {
        if (node.Level == 1 && node.Inlines is [TextRun { Text: var title } run]
            && title.Sum(Diagnostics.DisplayWidth.Of) > TitleLineWidth
            && YearInTitle().Match(title) is { Success: true, Index: > 0 } year)
        {
            node = node with { Inlines = [run with { Text = title[..year.Index] }, new LineBreak(run.Span), run with { Text = title[year.Index..] }] };
        }

        var style = node.Level switch
        {
            1 => WordStyles.Title,
            2 => WordStyles.Heading1,
            3 => WordStyles.Heading2,
            _ => WordStyles.Heading3,
        };
        r.StartParagraph(style);
        r.EndParagraphProperties();
        r.RenderAll(node.Inlines);
        r.Xml.End();
    }

    [GeneratedRegex("(?:19|20)[0-9]{2}年")]
    private static partial Regex YearInTitle();
}

internal sealed class ParagraphRenderer : NodeRenderer<WordRenderer, Paragraph>
{
    protected override void Write(WordRenderer r, Paragraph node)
    {
        if (r.List is { } list)
        {
            // Nested items step in by two characters a level; the first line keeps the body indent.
            r.StartParagraph(WordStyles.ListParagraph);
            if (list.Depth > 0)
            {
                WordPage.WriteLeftIndent(r.Xml, list.Depth * 2);
            }

            r.EndParagraphProperties();
            if (list.TakeMarker() is { } marker)
            {
                r.Xml.Start("w:r"u8);
                r.Xml.Start("w:t"u8);
                r.Xml.Attribute("xml:space"u8, "preserve"u8);
                r.Xml.Text(marker + " ");
                r.Xml.End();
                r.Xml.End();
            }
        }
        else
        {
            r.StartParagraph(null);
            r.EndParagraphProperties();
        }

        r.RenderAll(node.Inlines);
        r.Xml.End();
    }
}

internal sealed class PageBreakRenderer : NodeRenderer<WordRenderer, PageBreak>
{
    protected override void Write(WordRenderer r, PageBreak node)
    {
        r.StartParagraph(null);
        WordPage.WriteNoFirstLineIndent(r.Xml);
        r.EndParagraphProperties();
        r.Xml.Start("w:r"u8);
        r.Xml.Element("w:br"u8, "w:type"u8, "page"u8);
        r.Xml.End();
        r.Xml.End();
    }
}

/// <summary>
/// 落款 as GB/T 9704-2012 §7.3.5.3 sets it for a document without a seal: the agency right-aligned
/// two characters in from the margin, the date on the next line starting two characters to the right
/// of the agency's first character; when the date is the longer, it sits two characters in and the
/// agency moves left accordingly. One blank line separates it from the text.
/// </summary>
internal sealed class SignatureBlockRenderer : NodeRenderer<WordRenderer, SignatureBlock>
{
    protected override void Write(WordRenderer r, SignatureBlock node)
    {
        var agency = Characters(node.Agency);
        var date = node.Date is null ? 0 : Characters(node.Date);
        var agencyRight = 2;
        var dateRight = agencyRight + agency - 2 - date;
        if (node.Date is not null && dateRight < 2)
        {
            dateRight = 2;
            agencyRight = dateRight + date + 2 - agency;
        }

        Line(r, node.Agency, agencyRight, spaceBefore: true);
        if (node.Date is not null)
        {
            Line(r, node.Date, dateRight, spaceBefore: false);
        }
    }

    private static void Line(WordRenderer r, string text, int rightChars, bool spaceBefore)
    {
        r.StartParagraph(WordStyles.Signature);
        if (spaceBefore)
        {
            r.Xml.Element("w:spacing"u8, "w:before"u8, WordPage.LinePitch);
        }

        WordPage.WriteRightIndent(r.Xml, rightChars);
        r.EndParagraphProperties();
        r.Render(new TextRun(text, default));
        r.Xml.End();
    }

    /// <summary>Width in body characters: a Chinese character is one, a digit or Latin letter half.</summary>
    private static int Characters(string text) => (text.Sum(Diagnostics.DisplayWidth.Of) + 1) / 2;
}
