using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Rendering.Word;

/// <summary>The page number footers, one for odd and one for even pages.</summary>
internal static class WordFooters
{
    /// <summary>
    /// GB/T 9704 §7.5: 4号 宋体 digits between two 一字线, “— 1 —”; odd pages right with one character
    /// to spare, even pages left likewise.
    /// </summary>
    public static W.Footer PageNumber(bool odd)
    {
        // The Footer style has no first-line indent; only the side indent is set here.
        var indent = odd ? WordPage.RightIndent(1) : WordPage.LeftIndent(1);
        return new W.Footer(new W.Paragraph(
            new W.ParagraphProperties(
                new W.ParagraphStyleId { Val = WordStyles.Footer },
                indent,
                new W.Justification { Val = odd ? W.JustificationValues.Right : W.JustificationValues.Left }),
            new W.Run(new W.Text("— ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = " PAGE " },
            new W.Run(new W.Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
    }
}
