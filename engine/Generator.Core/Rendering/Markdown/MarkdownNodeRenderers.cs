using Generator.Document.Blocks;
using Generator.Document.Inlines;

namespace Generator.Rendering.Markdown;

internal sealed class HeadingRenderer : NodeRenderer<MarkdownRenderer, Heading>
{
    protected override void Write(MarkdownRenderer r, Heading node)
    {
        // An ATX heading is one line: a hard break in it (a setext heading in narrative can have one) is a space.
        r.Write(new string('#', Math.Clamp(node.Level, 1, 6))).Write(" ");
        r.SingleLine = true;
        r.RenderInlines(node.Inlines);
        r.SingleLine = false;
        r.NewLine().NewLine();
    }
}

internal sealed class ParagraphRenderer : NodeRenderer<MarkdownRenderer, Paragraph>
{
    protected override void Write(MarkdownRenderer r, Paragraph node)
    {
        r.Write(MarkdownEscaper.ProtectLineStart(r.Capture(node.Inlines))).NewLine().NewLine();
    }
}

internal sealed class ListBlockRenderer : NodeRenderer<MarkdownRenderer, ListBlock>
{
    protected override void Write(MarkdownRenderer r, ListBlock node)
    {
        var number = node.Start;
        var outer = r.Indent;
        foreach (var item in node.Items)
        {
            var marker = node.Ordered ? $"{number++}. " : "- ";
            r.Write(marker);
            r.Indent = outer + new string(' ', marker.Length);
            r.Render(item);
            r.Indent = outer;
            TrimToSingleLineBreak(r);
        }

        r.NewLine();
    }

    /// <summary>Items of a tight list follow each other without blank lines.</summary>
    private static void TrimToSingleLineBreak(MarkdownRenderer r)
    {
        var sb = r.Output;
        while (sb.Length > 0 && (sb[^1] == ' ' || sb[^1] == '\n'))
        {
            sb.Length--;
        }

        r.NewLine();
    }
}

internal sealed class ListItemRenderer : NodeRenderer<MarkdownRenderer, ListItem>
{
    protected override void Write(MarkdownRenderer r, ListItem node) => r.RenderAll(node.Blocks);
}

internal sealed class PageBreakRenderer : NodeRenderer<MarkdownRenderer, PageBreak>
{
    // Markdown has no page break; an HTML comment is invisible on GitHub and ignored by pandoc, but kept for the reader.
    protected override void Write(MarkdownRenderer r, PageBreak node) => r.Write("<!-- 分页 -->").NewLine().NewLine();
}

internal sealed class SignatureBlockRenderer : NodeRenderer<MarkdownRenderer, SignatureBlock>
{
    protected override void Write(MarkdownRenderer r, SignatureBlock node)
    {
        // A backslash at the end of a line is a hard line break in CommonMark, GFM and pandoc alike.
        r.Write(MarkdownEscaper.ProtectLineStart(MarkdownEscaper.Escape(node.Agency)));
        if (node.Date is not null)
        {
            r.Write("\\").NewLine().Write(MarkdownEscaper.ProtectLineStart(MarkdownEscaper.Escape(node.Date)));
        }

        r.NewLine().NewLine();
    }
}

internal sealed class TextRunRenderer : NodeRenderer<MarkdownRenderer, TextRun>
{
    protected override void Write(MarkdownRenderer r, TextRun node) => r.Write(MarkdownEscaper.Escape(node.Text));
}

internal sealed class StrongRenderer : NodeRenderer<MarkdownRenderer, Strong>
{
    protected override void Write(MarkdownRenderer r, Strong node) => EmphasisDelimiters.Write(r, node.Inlines, "**", "strong");
}

internal sealed class EmphasisRenderer : NodeRenderer<MarkdownRenderer, Emphasis>
{
    protected override void Write(MarkdownRenderer r, Emphasis node) => EmphasisDelimiters.Write(r, node.Inlines, "*", "em");
}

/// <summary>
/// CommonMark (and so GitHub and pandoc) only recognises <c>**</c> as opening when it is left-flanking
/// and as closing when right-flanking; in Chinese, punctuation inside the delimiters next to a letter
/// outside them breaks this (<c>**（一）主动公开。**全年…</c> stays literal). The flanking rules are
/// checked against the actual neighbours; where they fail, the inline HTML tag is written instead,
/// which both readers display as intended.
/// </summary>
internal static class EmphasisDelimiters
{
    public static void Write(MarkdownRenderer r, IReadOnlyList<Document.Inline> inlines, string delimiter, string tag)
    {
        var before = r.Output.Length > 0 ? r.Output[^1] : '\0';
        var after = r.FollowingChar;
        var inner = r.Capture(inlines);
        var opens = inner.Length > 0 && !IsSpace(inner[0]) && (!IsPunctuation(inner[0]) || IsSpace(before) || IsPunctuation(before));
        var closes = inner.Length > 0 && !IsSpace(inner[^1]) && (!IsPunctuation(inner[^1]) || IsSpace(after) || IsPunctuation(after));
        var safe = opens && closes;
        r.Write(safe ? delimiter : $"<{tag}>").Write(inner).Write(safe ? delimiter : $"</{tag}>");
    }

    private static bool IsSpace(char c) => c == '\0' || char.IsWhiteSpace(c);

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);
}

internal sealed class LinkRenderer : NodeRenderer<MarkdownRenderer, Link>
{
    protected override void Write(MarkdownRenderer r, Link node)
    {
        // A backslash is written as \\ (read back as one): at the end, a lone one would escape the closing parenthesis.
        var url = node.Url.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal)
            .Replace(")", "%29", StringComparison.Ordinal).Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal);

        // A ! just before the link (text ending in !, or &#33; that the reader decoded) would make it an image.
        if (EndsWithUnescaped(r.Output, '!'))
        {
            r.Output.Insert(r.Output.Length - 1, '\\');
        }

        r.Write("[").RenderInlines(node.Inlines);
        // Text right after the link (no space) is read raw by pandoc's gfm reader (its bare-address extension,
        // 2.17: "[a](u)x&lt;" keeps "&lt;"); an address in <…> ends where it should for every reader.
        var angled = r.FollowingChar is not ('\0' or ' ' or '\n');
        r.Write(angled ? "](<" : "](").Write(url).Write(angled ? ">)" : ")");
    }

    /// <summary>Whether the output ends with <paramref name="c"/> not already escaped (an even number of backslashes before it).</summary>
    private static bool EndsWithUnescaped(System.Text.StringBuilder output, char c)
    {
        if (output.Length == 0 || output[^1] != c)
        {
            return false;
        }

        var backslashes = 0;
        while (backslashes + 1 < output.Length && output[output.Length - 2 - backslashes] == '\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 0;
    }
}

internal sealed class LineBreakRenderer : NodeRenderer<MarkdownRenderer, LineBreak>
{
    protected override void Write(MarkdownRenderer r, LineBreak node)
    {
        if (r.SingleLine)
        {
            r.Write(" ");
        }
        else
        {
            r.Write("\\").NewLine();
        }
    }
}
