using Generator.Building.Pdf;
using Generator.Diagnostics;

namespace Generator.Serve.Downloads;

/// <summary>
/// The report's PDF, made as <c>build --pdf</c> makes it (<see cref="PdfConverter"/>: LibreOffice converting the
/// Word file) from the Word file the preview holds, so it shows the same state as the page. Made when first asked
/// for and kept until the report's files change; LibreOffice takes seconds, which a page should not wait for on every save.
/// </summary>
internal sealed class PdfExport
{
    private readonly OnDemandFiles _made = new();

    /// <summary>Whether LibreOffice is on this machine (the page offers the PDF only then).</summary>
    public static bool Available => PdfConverter.FindOffice() is not null;

    /// <summary>The PDF bytes, or the Chinese reason there are none.</summary>
    public (byte[]? Pdf, string? Problem) Of(PreviewReport report) =>
        report.File("report.docx") is not { } word
            ? (null, "这份报告还没有成功生成过，没有可下载的文件。")
            : _made.Get(report, () => Convert(word.Bytes));

    private static (byte[]? Pdf, string? Problem) Convert(byte[] word)
    {
        var work = Directory.CreateTempSubdirectory("generator-serve-pdf-");
        try
        {
            var docx = Path.Combine(work.FullName, "report.docx");
            File.WriteAllBytes(docx, word);
            var diagnostics = new DiagnosticBag();
            var written = PdfConverter.Convert([docx], office: null, displayBase: work.FullName, diagnostics);
            return written.Count == 0
                ? (null, diagnostics.Items.Count > 0 ? $"{diagnostics.Items[0].Message}。{diagnostics.Items[0].Hint}" : "没有生成 PDF。")
                : (File.ReadAllBytes(written[0]), null);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
