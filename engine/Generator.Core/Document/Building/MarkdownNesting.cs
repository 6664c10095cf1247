using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Generator.Document.Building;

/// <summary>
/// Parses Markdown whose nesting the converters can follow. Markdig refuses very deep block nesting
/// with an exception, and builds 25 000 nested emphasis nodes from a line of <c>*</c> without
/// complaint; the converters recurse once per level and would overflow the stack, which ends the
/// process. Real narrative nests two or three levels, so more than <see cref="MaxDepth"/> is refused.
/// </summary>
internal static class MarkdownNesting
{
    public const int MaxDepth = 32;

    /// <summary>The parsed document, or null when it nests deeper than <see cref="MaxDepth"/>.</summary>
    public static MarkdownDocument? Parse(string markdown)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Markup.Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit ("too deeply nested"); the input is not a document a person wrote.
            return null;
        }

        return DepthOf(document) > MaxDepth ? null : document;
    }

    /// <summary>The deepest nesting of blocks and inlines, measured without recursion.</summary>
    private static int DepthOf(MarkdownDocument document)
    {
        var deepest = 0;
        var pending = new Stack<(object Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            var (node, depth) = item;
            deepest = Math.Max(deepest, depth);
            if (deepest > MaxDepth)
            {
                break;
            }

            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                    {
                        pending.Push((child, depth + 1));
                    }

                    break;
            }
        }

        return deepest;
    }
}
