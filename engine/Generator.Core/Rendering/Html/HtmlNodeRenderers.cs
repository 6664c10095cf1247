using Generator.Document.Blocks;
using Generator.Document.Inlines;

namespace Generator.Rendering.Html;

// The per-node renderers are a few lines each; they share one file per group to keep them findable
// side by side (Markdig keeps one per file; ours are smaller).

internal sealed class HeadingRenderer : NodeRenderer<HtmlRenderer, Heading>
{
    protected override void Write(HtmlRenderer r, Heading node)
    {
        var level = Math.Clamp(node.Level, 1, 6);
        r.Write($"<h{level}>").RenderAll(node.Inlines);
        r.Write($"</h{level}>\n");
    }
}

internal sealed class ParagraphRenderer : NodeRenderer<HtmlRenderer, Paragraph>
{
    protected override void Write(HtmlRenderer r, Paragraph node)
    {
        r.Write("<p>").RenderAll(node.Inlines);
        r.Write("</p>\n");
    }
}

internal sealed class ListBlockRenderer : NodeRenderer<HtmlRenderer, ListBlock>
{
    protected override void Write(HtmlRenderer r, ListBlock node)
    {
        r.Write(node.Ordered ? (node.Start == 1 ? "<ol>\n" : $"<ol start=\"{node.Start}\">\n") : "<ul>\n");
        r.RenderAll(node.Items);
        r.Write(node.Ordered ? "</ol>\n" : "</ul>\n");
    }
}

internal sealed class ListItemRenderer : NodeRenderer<HtmlRenderer, ListItem>
{
    protected override void Write(HtmlRenderer r, ListItem node)
    {
        // A tight item holding one paragraph prints as plain text, as in Markdown.
        r.Write("<li>");
        if (node.Blocks is [Paragraph only])
        {
            r.RenderAll(only.Inlines);
        }
        else
        {
            r.Write("\n").RenderAll(node.Blocks);
        }

        r.Write("</li>\n");
    }
}

internal sealed class PageBreakRenderer : NodeRenderer<HtmlRenderer, PageBreak>
{
    protected override void Write(HtmlRenderer r, PageBreak node) => r.Write("<div class=\"page-break\"></div>\n");
}

internal sealed class SignatureBlockRenderer : NodeRenderer<HtmlRenderer, SignatureBlock>
{
    protected override void Write(HtmlRenderer r, SignatureBlock node)
    {
        r.Write("<div class=\"signature\">\n<p>").WriteEscaped(node.Agency).Write("</p>\n");
        if (node.Date is not null)
        {
            r.Write("<p>").WriteEscaped(node.Date).Write("</p>\n");
        }

        r.Write("</div>\n");
    }
}

internal sealed class TextRunRenderer : NodeRenderer<HtmlRenderer, TextRun>
{
    protected override void Write(HtmlRenderer r, TextRun node) => r.WriteEscaped(node.Text);
}

internal sealed class StrongRenderer : NodeRenderer<HtmlRenderer, Strong>
{
    protected override void Write(HtmlRenderer r, Strong node)
    {
        r.Write("<strong>").RenderAll(node.Inlines);
        r.Write("</strong>");
    }
}

internal sealed class EmphasisRenderer : NodeRenderer<HtmlRenderer, Emphasis>
{
    protected override void Write(HtmlRenderer r, Emphasis node)
    {
        r.Write("<em>").RenderAll(node.Inlines);
        r.Write("</em>");
    }
}

internal sealed class LinkRenderer : NodeRenderer<HtmlRenderer, Link>
{
    protected override void Write(HtmlRenderer r, Link node)
    {
        // The model only holds http/https/mailto links; checking again here keeps this renderer safe on its own.
        if (!Data.SafeUrl.IsAllowedLink(node.Url))
        {
            r.RenderAll(node.Inlines);
            return;
        }

        r.Write("<a href=\"").WriteEscaped(node.Url).Write("\">").RenderAll(node.Inlines);
        r.Write("</a>");
    }
}

internal sealed class LineBreakRenderer : NodeRenderer<HtmlRenderer, LineBreak>
{
    protected override void Write(HtmlRenderer r, LineBreak node) => r.Write("<br>\n");
}
