using Generator.Diagnostics;
using Generator.Document.Blocks;
using Markdig.Syntax;
using SourceSpan = Generator.Diagnostics.SourceSpan;
using MdBlock = Markdig.Syntax.Block;
using MdListBlock = Markdig.Syntax.ListBlock;
using MdListItem = Markdig.Syntax.ListItemBlock;

namespace Generator.Document.Building;

/// <summary>
/// Converts Markdig blocks into model blocks. Used for both template output and narrative; fenced
/// blocks are handed to <paramref name="fenced"/>, which decides what they mean in each context.
/// </summary>
internal sealed class BlockConverter(
    Func<int, int, SourceSpan> spanOf,
    int headingOffset,
    Func<FencedCodeBlock, IEnumerable<Block>> fenced,
    Generator.Diagnostics.DiagnosticBag diagnostics)
{
    private readonly InlineConverter _inlines = new(spanOf, diagnostics);

    public List<Block> Convert(ContainerBlock container)
    {
        var result = new List<Block>();
        foreach (var block in container)
        {
            ConvertOne(block, result);
        }

        return result;
    }

    private void ConvertOne(MdBlock block, List<Block> into)
    {
        var span = spanOf(block.Line, block.Column);
        switch (block)
        {
            case HeadingBlock heading:
                into.Add(new Heading(Math.Min(6, heading.Level + headingOffset), _inlines.Convert(heading.Inline), span));
                break;
            case ParagraphBlock paragraph:
                into.Add(new Paragraph(_inlines.Convert(paragraph.Inline), span));
                break;
            case MdListBlock list:
                var items = list.OfType<MdListItem>()
                    .Select(item => new ListItem(Convert(item), spanOf(item.Line, item.Column)))
                    .ToList();
                var start = list.IsOrdered && int.TryParse(list.OrderedStart, out var s) ? s : 1;
                into.Add(new Blocks.ListBlock(list.IsOrdered, start, items, span));
                break;
            case FencedCodeBlock fence:
                into.AddRange(fenced(fence));
                break;
            case CodeBlock code:
                // Indented text in narrative is kept as a plain paragraph: the report has no code.
                into.Add(new Paragraph([new Inlines.TextRun(code.Lines.ToString().Trim(), span)], span));
                break;
            case QuoteBlock quote:
                into.AddRange(Convert(quote));
                break;
            case ThematicBreakBlock or LinkReferenceDefinitionGroup or BlankLineBlock:
                break;
            case HtmlBlock html:
                // Raw HTML is never passed through; what was written stays visible as text.
                into.Add(new Paragraph([new Inlines.TextRun(html.Lines.ToString().Trim(), span)], span));
                break;
            case ContainerBlock other:
                into.AddRange(Convert(other));
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                into.Add(new Paragraph(_inlines.Convert(leaf.Inline), span));
                break;
        }
    }
}
