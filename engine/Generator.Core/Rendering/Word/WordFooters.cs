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
    /// <remarks>
    /// The number is a complex field (<c>w:fldChar</c> begin, the <c>PAGE</c> instruction, separate, the
    /// cached “1”, end), as Word itself writes it: WPS Office shows a <c>w:fldSimple</c> PAGE field's cached
    /// text, so every page read “— 1 —”, while Word, WPS and LibreOffice all update a complex field.
    /// </remarks>
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
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Begin }),
            new W.Run(new W.FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.Separate }),
            new W.Run(new W.Text("1")),
            new W.Run(new W.FieldChar { FieldCharType = W.FieldCharValues.End }),
            new W.Run(new W.Text(" —") { Space = SpaceProcessingModeValues.Preserve })));
    }
}
