using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Generator.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Rendering.Word;

/// <summary>
/// The Word file of a report, the official printed copy: GB/T 9704 page and styles, the official
/// tables with their merged cells, page numbers “— N —” outside on odd and even pages. The bytes
/// depend only on the document: every relationship id is fixed and the package is re-zipped in a
/// fixed order with fixed timestamps (<see cref="StableZip"/>).
/// </summary>
public sealed class WordReportWriter : IReportWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public string FileName => "report.docx";

    public string FormatName => "docx";

    public byte[] Write(ReportDocument document)
    {
        using var package = new MemoryStream();
        using (var word = WordprocessingDocument.Create(package, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            // StableZip compresses once, at the end; deflating here as well would be wasted work.
            word.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = WordStyles.Create();
            main.AddNewPart<FontTablePart>("rIdFonts").Fonts = WordFonts.FontTable();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings();
            main.AddNewPart<FooterPart>("rIdFooterOdd").Footer = PageNumberFooter(odd: true);
            main.AddNewPart<FooterPart>("rIdFooterEven").Footer = PageNumberFooter(odd: false);
            WriteCoreProperties(word.AddNewPart<CoreFilePropertiesPart>("rId2"), document.Title);

            var body = new W.Body();
            new WordRenderer(main, body).RenderAll(document.Blocks);
            body.AppendChild(WordPage.SectionProperties("rIdFooterOdd", "rIdFooterEven"));
            main.Document = new W.Document(body);
        }

        return StableZip.Rewrite(package.ToArray());
    }

    private static W.Settings Settings() => new(
        new W.Zoom { Percent = "100" },
        new W.DefaultTabStop { Val = 420 },
        // Odd and even pages carry different footers: page numbers sit on the outer side.
        new W.EvenAndOddHeaders(),
        new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.CompressPunctuation },
        new W.Compatibility(new W.CompatibilitySetting
        {
            Name = W.CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new W.ThemeFontLanguages { Val = "en-US", EastAsia = ReportDocument.Language });

    /// <summary>
    /// GB/T 9704 §7.5: 4号 宋体 digits between two 一字线, “— 1 —”; odd pages right with one character
    /// to spare, even pages left likewise.
    /// </summary>
    private static W.Footer PageNumberFooter(bool odd)
    {
        // The Footer style has no first-line indent; only the side indent is set here.
        var indent = odd ? WordPage.RightIndent(1) : WordPage.LeftIndent(1);
        return new W.Footer(new W.Paragraph(
            new W.ParagraphProperties(
                new W.ParagraphStyleId { Val = WordStyles.Footer },
                indent,
                new W.Justification { Val = odd ? W.JustificationValues.Right : W.JustificationValues.Left }),
            new W.Run(new W.Text("— ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new W.SimpleField(new W.Run(new W.Text("1"))) { Instruction = " PAGE " },
            new W.Run(new W.Text(" —") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
    }

    /// <summary>Title and language for the file's properties (shown by portals and screen readers); no dates, so the bytes stay the same.</summary>
    private static void WriteCoreProperties(CoreFilePropertiesPart part, string title)
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        using var stream = part.GetStream(FileMode.Create);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Cp);
        xml.WriteAttributeString("xmlns", "dc", null, Dc);
        // Control characters from the data cannot be written in XML (the writer throws); drop them as the body does.
        xml.WriteElementString("dc", "title", Dc, new string([.. title.Where((_, i) => PrintableText.IsPrintable(title, i))]));
        xml.WriteElementString("dc", "language", Dc, ReportDocument.Language);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
