using System.Text;
using Generator.Diagnostics;
using Generator.Files;
using Generator.Import.Source;

namespace Generator.Import.Reading;

/// <summary>
/// Reads one input file with the reader its content calls for (a PDF or a zip by their first bytes, whatever
/// the name says; Markdown by its name; otherwise a web page), after checking its size.
/// </summary>
internal static class ReportFile
{
    /// <summary>Extensions a folder is searched for; the others in it are not reports (pictures, scripts).</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".htm", ".shtml", ".xhtml", ".docx", ".pdf", ".md", ".markdown", ".doc", ".wps", ".mht", ".mhtml",
    };

    public static SourceDocument Read(string path, string display)
    {
        // Through the same reader as data files: a named pipe or a device (a link to /dev/zero) is refused on the
        // opened handle before a byte is read, and the size is counted while reading, not taken from the name.
        var bytes = InputFile.Read(path, ImportLimits.MaxFileBytes, out var problem);
        if (problem == InputProblem.TooLarge)
        {
            throw new ImportRefusedException(DiagnosticCode.ImportTooLarge, $"文件超过导入的上限 {ImportLimits.MaxFileBytes / (1024 * 1024)} MB",
                "年度报告的网页、Word 或 PDF 文件通常不到 1 MB；请确认选的是报告本身，而不是整个网站的存档或扫描的图片。");
        }

        if (bytes is null)
        {
            throw new ImportRefusedException(DiagnosticCode.ImportUnreadable, "文件无法读取：" + InputFile.Describe(problem, ImportLimits.MaxFileBytes),
                "请导入报告文件本身：门户网站上另存的网页、Word 或 PDF 文件。");
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (bytes.AsSpan().StartsWith("%PDF"u8))
        {
            return PdfReader.Read(bytes, display);
        }

        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            return DocxReader.Read(bytes, display);
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            throw new ImportRefusedException(DiagnosticCode.ImportUnknownFormat, "这是旧式的 Word（.doc）或 WPS（.wps）文件，不能直接导入",
                "请用 Word 或 WPS 打开它，“另存为”Word 文档（.docx），再导入 .docx 文件。");
        }

        if (extension is ".md" or ".markdown")
        {
            return MarkdownReader.Read(Encoding.UTF8.GetString(bytes), display);
        }

        if (extension is ".html" or ".htm" or ".shtml" or ".xhtml" || LooksLikeHtml(bytes))
        {
            return HtmlReader.Read(bytes, display);
        }

        throw new ImportRefusedException(DiagnosticCode.ImportUnknownFormat, $"不能导入“{Path.GetFileName(path)}”：它不是网页、Word（.docx）、PDF 或 Markdown 文件",
            "可以导入的是：门户网站上另存的网页（.html）、Word 或 WPS 的 .docx 文件、带文字的 PDF 文件，以及本程序生成的 report.md。");
    }

    private static bool LooksLikeHtml(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048)).ToLowerInvariant();
        return head.Contains("<html", StringComparison.Ordinal) || head.Contains("<!doctype html", StringComparison.Ordinal)
            || head.Contains("<table", StringComparison.Ordinal) || head.Contains("<body", StringComparison.Ordinal);
    }
}
