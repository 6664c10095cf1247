using Generator.Data;
using Generator.Diagnostics;
using Generator.Document.Blocks;
using Generator.Document.Building.Limits;
using Markdig.Syntax;

namespace Generator.Document.Building;

/// <summary>
/// Parses narrative Markdown written by staff into model blocks. Headings are pushed below the
/// section headings (<c>#</c> becomes level 3), raw HTML is disabled, and a fenced block in narrative
/// is only text: narrative cannot create tables or signatures.
/// </summary>
internal static class NarrativeParser
{
    public static List<Block> Parse(NarrativeText narrative, DiagnosticBag diagnostics)
    {
        // Before Markdig: past these limits its time grows with the square of the text (see MarkupLimits).
        if (MarkupLimits.Check(narrative.Markdown) is { } limit)
        {
            diagnostics.Error(DiagnosticCode.MarkupLimit, narrative.SpanOf(limit.Line, limit.Column), limit.Message, limit.Hint);
            return [];
        }

        if (MarkdownNesting.Parse(narrative.Markdown) is not { } document)
        {
            diagnostics.Error(DiagnosticCode.NarrativeTooDeep, narrative.SpanOf(0, 0),
                $"叙述文字嵌套过深（列表、引用“>”或加粗/斜体的星号层层嵌套超过 {MarkdownNesting.MaxDepth} 层）",
                "叙述只需要段落、列表和加粗：请检查是否误粘贴了大量 >、* 或越来越深的缩进。");
            return [];
        }

        var converter = new BlockConverter(narrative.SpanOf, headingOffset: 2, AsText, diagnostics);
        return converter.Convert(document);

        IEnumerable<Block> AsText(FencedCodeBlock fence)
        {
            var span = narrative.SpanOf(fence.Line, fence.Column);
            yield return new Paragraph([new Inlines.TextRun(fence.Lines.ToString().Trim(), span)], span);
        }
    }
}
