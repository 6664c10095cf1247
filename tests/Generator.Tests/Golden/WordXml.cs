using System.IO.Compression;
using System.Xml.Linq;

namespace Generator.Tests.Golden;

/// <summary>Reads parts of a generated .docx for golden files and checks: XML pretty-printed, never raw bytes.</summary>
internal static class WordXml
{
    public static XDocument Part(byte[] docx, string name = "word/document.xml")
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"{name} is missing from the package.");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    /// <summary>
    /// What the Open XML SDK's validator (Office 2019 rules) finds wrong with the file, one line per
    /// error with its part and XPath; empty for a file Word opens without a repair prompt.
    /// </summary>
    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return [.. new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(word)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")];
    }

    /// <summary><c>word/document.xml</c> indented, one element a line, for a golden file whose diff a reviewer can read.</summary>
    public static string PrettyDocument(byte[] docx) => Part(docx).ToString(SaveOptions.None).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
}
