using System.Text;
using Generator.Data;
using Generator.Document.Inlines;
using Markdig.Syntax.Inlines;
using MdInline = Markdig.Syntax.Inlines.Inline;

namespace Generator.Document.Building;

/// <summary>
/// Converts Markdig inlines to model inlines, keeping only the safe subset: text, strong, emphasis,
/// line breaks and links to http/https/mailto. Anything else (raw HTML, images, unsafe links) is kept
/// as inert text so nothing a user wrote is silently lost.
/// </summary>
internal sealed class InlineConverter(Func<int, int, Diagnostics.SourceSpan> spanOf, Diagnostics.DiagnosticBag diagnostics)
{
    public List<Inline> Convert(ContainerInline? container)
    {
        var result = new List<Inline>();
        if (container is null)
        {
            return result;
        }

        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            ConvertOne(inline, result);
        }

        return Merge(result);
    }

    private void ConvertOne(MdInline inline, List<Inline> into)
    {
        var span = spanOf(inline.Line, inline.Column);
        switch (inline)
        {
            case LiteralInline literal:
                into.Add(new TextRun(literal.Content.ToString(), span));
                break;
            case LineBreakInline { IsHard: true }:
                into.Add(new LineBreak(span));
                break;
            case LineBreakInline soft:
                // Chinese text is written without spaces: a soft break between CJK characters joins
                // them directly; between Latin words it stands for a space.
                if (NeedsSpace(soft))
                {
                    into.Add(new TextRun(" ", span));
                }

                break;
            case EmphasisInline emphasis:
                var children = Convert(emphasis);
                into.Add(emphasis.DelimiterCount >= 2 ? new Strong(children, span) : new Emphasis(children, span));
                break;
            case LinkInline { IsImage: true } image:
                into.AddRange(Convert(image));
                break;
            case LinkInline link when link.Url is { } url && SafeUrl.IsAllowedLink(url):
                into.Add(new Link(url.Trim(), Convert(link), span));
                break;
            case LinkInline unsafeLink:
                diagnostics.Warning(Diagnostics.DiagnosticCode.UnsafeLink, span, $"链接地址“{unsafeLink.Url}”不是完整的 http、https 或 mailto 网址，已按普通文字显示",
                    "网址请写完整，如 [网站](https://www.example.gov.cn/)。");
                into.AddRange(Convert(unsafeLink));
                break;
            case AutolinkInline auto when SafeUrl.IsAllowedLink(auto.Url):
                into.Add(new Link(auto.Url, [new TextRun(auto.Url, span)], span));
                break;
            case AutolinkInline auto:
                diagnostics.Warning(Diagnostics.DiagnosticCode.UnsafeLink, span, $"链接地址“{auto.Url}”不是 http、https 或 mailto 网址，已按普通文字显示");
                into.Add(new TextRun(auto.Url, span));
                break;
            case CodeInline code:
                into.Add(new TextRun(code.Content, span));
                break;
            case HtmlEntityInline entity:
                into.Add(new TextRun(entity.Transcoded.ToString(), span));
                break;
            case HtmlInline html:
                into.Add(new TextRun(html.Tag, span));
                break;
            case ContainerInline other:
                into.AddRange(Convert(other));
                break;
            default:
                into.Add(new TextRun(inline.ToString() ?? string.Empty, span));
                break;
        }
    }

    private static bool NeedsSpace(LineBreakInline soft)
    {
        var before = (soft.PreviousSibling as LiteralInline)?.Content.ToString();
        var after = (soft.NextSibling as LiteralInline)?.Content.ToString();
        return before is { Length: > 0 } && after is { Length: > 0 } && before[^1] < 0x2E80 && after[0] < 0x2E80;
    }

    /// <summary>Joins adjacent text runs (Markdig splits text at every escape) so renderers see whole strings.</summary>
    private static List<Inline> Merge(List<Inline> inlines)
    {
        var merged = new List<Inline>(inlines.Count);
        StringBuilder? pending = null;
        Diagnostics.SourceSpan pendingSpan = default;
        foreach (var inline in inlines)
        {
            if (inline is TextRun text)
            {
                if (pending is null)
                {
                    pending = new StringBuilder();
                    pendingSpan = text.Span;
                }

                pending.Append(text.Text);
                continue;
            }

            Flush();
            merged.Add(inline);
        }

        Flush();
        return merged;

        void Flush()
        {
            if (pending is { Length: > 0 })
            {
                merged.Add(new TextRun(pending.ToString(), pendingSpan));
            }

            pending = null;
        }
    }
}
