using Generator.Diagnostics;
using Generator.Import.Source;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace Generator.Import.Reading;

/// <summary>
/// Reads a PDF with a text layer. A PDF has no paragraphs or cells, only letters at positions and the
/// lines drawn on the page: the tables are rebuilt from their ruling lines (each cell the area its borders
/// enclose, merged cells where a border is missing) and each letter goes to the cell it stands in; the text
/// around them becomes lines by baseline and paragraphs by indentation and line ends. Nothing is guessed
/// from runs of digits. A PDF without letters is a scan and is refused (no OCR).
/// </summary>
internal static partial class PdfReader
{
    public static SourceDocument Read(byte[] bytes, string file)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > ImportLimits.MaxPdfPages)
            {
                throw new ImportRefusedException(DiagnosticCode.ImportTooLarge, $"PDF 有 {document.NumberOfPages} 页，超过导入的上限 {ImportLimits.MaxPdfPages} 页",
                    "年度报告通常不到 20 页；请确认选的是报告本身。");
            }

            var pages = new List<PdfPageText>();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                pages.Add(PdfPageText.Of(document.GetPage(number)));
            }

            if (pages.Sum(p => p.Letters.Count) == 0)
            {
                throw new ImportRefusedException(DiagnosticCode.ImportNoText, "这个 PDF 没有文字层，是扫描或拍照得到的图片，无法读出文字和数字",
                    "请找到报告的网页、Word 文件或由 Word 直接导出的 PDF 再导入；本程序不做文字识别（OCR）。");
            }

            return new SourceDocument(file, "PDF 文件", PdfLayout.Blocks(pages, file));
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new ImportRefusedException(DiagnosticCode.ImportUnreadable, "PDF 文件有密码保护，无法读取", "请取得没有密码的文件，或报告的网页、Word 文件。");
        }
#pragma warning disable CA1031 // The PDF parser meets anything in an untrusted file and fails in many ways: each is "cannot be read".
        catch (Exception e) when (e is not ImportRefusedException and not OutOfMemoryException)
#pragma warning restore CA1031
        {
            throw new ImportRefusedException(DiagnosticCode.ImportUnreadable, "PDF 文件已损坏或格式不受支持，无法读取",
                "请用 PDF 阅读器打开它检查；也可以改为导入报告的网页或 Word 文件。");
        }
    }

    /// <summary>One page: its letters (no white space) and its straight lines, in points from the bottom left.</summary>
    internal sealed record PdfPageText(int Number, double Width, double Height, IReadOnlyList<PdfLetter> Letters, IReadOnlyList<PdfRule> Rules)
    {
        public static PdfPageText Of(Page page)
        {
            var letters = page.Letters
                .Where(l => l.Value.Length > 0 && !string.IsNullOrWhiteSpace(l.Value))
                // Pen positions before and after the letter, not its glyph's box: the gap between two letters is then the space between them.
                .Select(l => new PdfLetter(l.Value, l.StartBaseLine.X, Math.Max(l.EndBaseLine.X, l.StartBaseLine.X + 0.1), l.StartBaseLine.Y, Math.Max(l.PointSize, 1), l.FontName ?? string.Empty))
                .ToList();
            return new PdfPageText(page.Number, page.Width, page.Height, letters, PdfRule.Of(page));
        }
    }

    /// <summary>A letter: text, left and right edge, baseline, size and font.</summary>
    internal sealed record PdfLetter(string Text, double Left, double Right, double Baseline, double Size, string Font)
    {
        public double Center => (Left + Right) / 2;
    }
}
