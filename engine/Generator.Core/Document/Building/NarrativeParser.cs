using Generator.Data;
using Generator.Diagnostics;
using Generator.Document.Blocks;
using Markdig;
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
        var document = Markdown.Parse(narrative.Markdown, Markup.Pipeline);
        var converter = new BlockConverter(narrative.SpanOf, headingOffset: 2, AsText, diagnostics);
        return converter.Convert(document);

        IEnumerable<Block> AsText(FencedCodeBlock fence)
        {
            var span = narrative.SpanOf(fence.Line, fence.Column);
            yield return new Paragraph([new Inlines.TextRun(fence.Lines.ToString().Trim(), span)], span);
        }
    }
}
