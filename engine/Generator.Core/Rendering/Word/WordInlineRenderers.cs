using System.Text.RegularExpressions;
using Generator.Document.Inlines;

namespace Generator.Rendering.Word;

// Inline renderers: runs carry only the formatting in effect (RunFormat), looks come from styles.

internal sealed class TextRunRenderer : NodeRenderer<WordRenderer, TextRun>
{
    protected override void Write(WordRenderer r, TextRun node) => r.AppendText(node.Text);
}

/// <summary>
/// Bold text. A bold lead-in such as “（一）主动公开。” is a second-level heading run into its
/// paragraph, which official documents set in 楷体 rather than bold.
/// </summary>
internal sealed partial class StrongRenderer : NodeRenderer<WordRenderer, Strong>
{
    protected override void Write(WordRenderer r, Strong node)
    {
        var format = SecondLevelLeadIn().IsMatch(Document.PlainText.Of(node.Inlines))
            ? r.Format with { CharacterStyle = WordStyles.InlineHeading }
            : r.Format with { Bold = true };
        r.RenderWith(format, () => r.RenderAll(node.Inlines));
    }

    [GeneratedRegex("^（[一二三四五六七八九十]+）")]
    private static partial Regex SecondLevelLeadIn();
}

internal sealed class EmphasisRenderer : NodeRenderer<WordRenderer, Emphasis>
{
    protected override void Write(WordRenderer r, Emphasis node)
    {
        r.RenderWith(r.Format with { Italic = true }, () => r.RenderAll(node.Inlines));
    }
}

internal sealed class LinkRenderer : NodeRenderer<WordRenderer, Link>
{
    protected override void Write(WordRenderer r, Link node)
    {
        // The model only holds http/https/mailto links; checking again keeps this renderer safe on its own.
        if (!Data.SafeUrl.IsAllowedLink(node.Url) || !Uri.TryCreate(node.Url, UriKind.Absolute, out var uri))
        {
            r.RenderAll(node.Inlines);
            return;
        }

        // The relationships namespace is declared on each link, where the SDK declared it.
        r.Xml.Start("w:hyperlink"u8);
        r.Xml.Attribute("w:history"u8, true);
        r.Xml.Attribute("r:id"u8, r.AddHyperlink(uri));
        r.Xml.Attribute("xmlns:r"u8, WordPackage.RelationshipsNamespace);
        r.RenderWith(r.Format with { CharacterStyle = r.Format.CharacterStyle ?? WordStyles.Hyperlink }, () => r.RenderAll(node.Inlines));
        r.Xml.End();
    }
}

internal sealed class LineBreakRenderer : NodeRenderer<WordRenderer, LineBreak>
{
    protected override void Write(WordRenderer r, LineBreak node)
    {
        r.Xml.Start("w:r"u8);
        r.Xml.Element("w:br"u8);
        r.Xml.End();
    }
}
