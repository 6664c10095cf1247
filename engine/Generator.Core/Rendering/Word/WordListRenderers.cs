using Generator.Document.Blocks;

namespace Generator.Rendering.Word;

// List renderers: the markers are plain text (see ListContext).

internal sealed class ListBlockRenderer : NodeRenderer<WordRenderer, ListBlock>
{
    protected override void Write(WordRenderer r, ListBlock node)
    {
        var outer = r.List;
        var list = new ListContext(outer is null ? 0 : outer.Depth + 1);
        r.List = list;
        try
        {
            var number = node.Start;
            foreach (var item in node.Items)
            {
                list.PendingMarker = node.Ordered ? $"{number++}." : "•";
                r.Render(item);
            }
        }
        finally
        {
            r.List = outer;
        }
    }
}

internal sealed class ListItemRenderer : NodeRenderer<WordRenderer, ListItem>
{
    protected override void Write(WordRenderer r, ListItem node)
    {
        // An item that opens with something other than a paragraph (a nested list) still shows its marker.
        if (node.Blocks is [not Paragraph, ..] or [])
        {
            r.Render(new Paragraph([], node.Span));
        }

        r.RenderAll(node.Blocks);
    }
}
