using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Diagnostics;
using Generator.Import.Source;

namespace Generator.Import.Reading;

/// <summary>
/// Reads a Word file (.docx, from Word or WPS): paragraphs with their heading style, bold runs and links,
/// tables with gridSpan and vMerge turned into spans. The zip is checked before anything is unpacked (entry
/// count, declared sizes, compression ratio), and the Open XML SDK stops at a part larger than the limit
/// whatever the zip declared, so a zip bomb is refused, not unpacked.
/// </summary>
internal static partial class DocxReader
{
    public static SourceDocument Read(byte[] bytes, string file)
    {
        CheckZip(bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = ImportLimits.MaxPartCharacters, AutoSave = false });
            var main = document.MainDocumentPart ?? throw Unreadable();
            var body = main.Document?.Body ?? throw Unreadable();
            var links = main.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.OriginalString, StringComparer.Ordinal);
            var reader = new Walker(file, links, main);
            reader.Blocks(body, 0);
            return new SourceDocument(file, "Word 文件", reader.Result);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or FileFormatException)
        {
            throw e.Message.Contains("MaxCharactersInPart", StringComparison.OrdinalIgnoreCase) || e.InnerException?.Message.Contains("MaxCharactersInPart", StringComparison.OrdinalIgnoreCase) == true
                ? Bomb("Word 文件中有一部分解压后超过上限")
                : Unreadable();
        }
    }

    /// <summary>The zip's own directory, before any entry is unpacked: how many entries, how big they say they are, how tightly packed.</summary>
    private static void CheckZip(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > ImportLimits.MaxZipEntries)
            {
                throw Bomb($"Word 文件中有 {zip.Entries.Count} 个部件，超过上限 {ImportLimits.MaxZipEntries}");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > ImportLimits.MaxZipUncompressedBytes)
                {
                    throw Bomb($"Word 文件解压后超过 {ImportLimits.MaxZipUncompressedBytes / (1024 * 1024)} MB");
                }

                if (entry.Length > 1024 * 1024 && entry.Length > (long)ImportLimits.MaxCompressionRatio * Math.Max(entry.CompressedLength, 1))
                {
                    throw Bomb($"Word 文件中的“{entry.FullName}”压缩比异常（{entry.CompressedLength} 字节解压为 {entry.Length} 字节）");
                }
            }

            if (zip.GetEntry("word/document.xml") is null && !zip.Entries.Any(e => e.FullName.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase)))
            {
                throw new ImportRefusedException(DiagnosticCode.ImportUnknownFormat, "这是一个压缩文件，但不是 Word（.docx）文件",
                    "请导入报告的 .docx 文件本身；压缩包请先解压。");
            }
        }
        catch (InvalidDataException)
        {
            throw Unreadable();
        }
    }

    private static ImportRefusedException Bomb(string why) =>
        new(DiagnosticCode.ImportTooLarge, why + "，不予读取", "年度报告的 Word 文件解压后通常不到 5 MB；这个文件可能已损坏，或是故意构造的“压缩炸弹”。");

    private static ImportRefusedException Unreadable() =>
        new(DiagnosticCode.ImportUnreadable, "Word 文件已损坏或不完整，无法读取", "请用 Word 或 WPS 打开它检查，另存为 .docx 后再导入。");
}
