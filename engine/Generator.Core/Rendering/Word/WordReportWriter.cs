using Generator.Document;

namespace Generator.Rendering.Word;

/// <summary>
/// The Word file of a report, the official printed copy: GB/T 9704 page and styles, the official
/// tables with their merged cells, page numbers “— N —” outside on odd and even pages. The bytes
/// depend only on the document: every relationship id is fixed and the package is zipped in a fixed
/// order with fixed timestamps (<see cref="StableZip"/>).
/// </summary>
/// <remarks>
/// The Open XML SDK builds only the parts every report shares, once (<see cref="WordPackage"/>). The
/// body is written straight as XML (<see cref="WordXmlWriter"/>) and the package zipped here: the
/// SDK's element tree, its serialiser and its package (System.IO.Packaging) took several times longer
/// than everything else in a build together.
/// </remarks>
public sealed class WordReportWriter : IReportWriter
{
    public string FileName => "report.docx";

    public string FormatName => "docx";

    public byte[] Write(ReportDocument document)
    {
        using var xml = new WordXmlWriter();
        xml.Declaration();
        xml.Start("w:document"u8);
        xml.Attribute("xmlns:w"u8, "http://schemas.openxmlformats.org/wordprocessingml/2006/main"u8);
        xml.Start("w:body"u8);
        var renderer = new WordRenderer(xml);
        renderer.RenderAll(document.Blocks);
        WordPage.WriteSectionProperties(xml, WordPackage.OddFooterId, WordPackage.EvenFooterId);
        xml.End();
        xml.End();

        return StableZip.Write([
            .. WordPackage.FixedParts,
            ZipPart.Compress(WordPackage.DocumentPath, xml.Written, WordPackage.ReportLevel),
            WordPackage.DocumentRelationshipsPart(renderer.Hyperlinks),
            ZipPart.Compress("docProps/core.xml", WordPackage.CoreProperties(document.Title), WordPackage.ReportLevel),
        ]);
    }
}
