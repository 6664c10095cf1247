using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using Generator.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Rendering.Word;

/// <summary>
/// The parts of the .docx package around the document body. Styles, fonts, settings, the two page
/// number footers, the content types and the package relationships are the same in every report, so
/// they are serialised and compressed once; only <c>word/document.xml</c>, its relationships (one per
/// hyperlink) and the core properties (the title) are written per report. Part names, relationship
/// ids and the XML of every part are those the Open XML SDK wrote when it built the whole package.
/// </summary>
internal static class WordPackage
{
    public const string DocumentPath = "word/document.xml";
    public const string OddFooterId = "rIdFooterOdd";

    /// <summary>
    /// zlib level of the parts written per report: the fastest. Measured on the seven samples (document.xml
    /// ~70 KB): level 1 deflates in ~0.09 ms to ~7.3 KB, level 6 (what ZipArchive's Optimal is, used until
    /// now) in ~0.29 ms to ~5.1 KB; a whole .docx grows from ~9.5 KB to ~11.7 KB. A fifth of a millisecond
    /// is a tenth of the time a whole report may take, two kilobytes nothing anyone notices.
    /// </summary>
    public const int ReportLevel = 1;

    /// <summary>The parts every report shares are compressed once, so as small as zlib can.</summary>
    private const int FixedLevel = 9;
    public const string EvenFooterId = "rIdFooterEven";

    /// <summary>The namespace of relationship ids in part XML (<c>r:id</c>).</summary>
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = RelationshipsNamespace + "/";
    private const string ContentTypeBase = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    /// <summary>Part name, content type (after <see cref="ContentTypeBase"/>), relationship type and id from the main document.</summary>
    private static readonly (string Name, string ContentType, string Relationship, string Id)[] FixedDocumentParts =
    [
        ("word/styles.xml", "styles+xml", "styles", "rIdStyles"),
        ("word/fontTable.xml", "fontTable+xml", "fontTable", "rIdFonts"),
        ("word/settings.xml", "settings+xml", "settings", "rIdSettings"),
        ("word/footer1.xml", "footer+xml", "footer", OddFooterId),
        ("word/footer2.xml", "footer+xml", "footer", EvenFooterId),
    ];

    /// <summary>The parts every report shares, compressed once (the static constructor runs once, thread-safely).</summary>
    public static IReadOnlyList<ZipPart> FixedParts { get; } =
    [
        ZipPart.Compress("[Content_Types].xml", ContentTypes(), FixedLevel),
        ZipPart.Compress("_rels/.rels", PackageRelationships(), FixedLevel),
        ZipPart.Compress(ExtendedPropertiesPath, ExtendedProperties(), FixedLevel),
        Part("word/styles.xml", WordStyles.Create()),
        Part("word/fontTable.xml", WordFonts.FontTable()),
        Part("word/settings.xml", WordSettings.Create()),
        Part("word/footer1.xml", WordFooters.PageNumber(odd: true)),
        Part("word/footer2.xml", WordFooters.PageNumber(odd: false)),
    ];

    /// <summary>
    /// The document's relationships part of a report without hyperlinks, the same for all of them, so
    /// compressed once: most reports have no link, and each compression starts zlib afresh.
    /// </summary>
    private static readonly ZipPart RelationshipsWithoutLinks = ZipPart.Compress(DocumentRelationshipsPath, DocumentRelationshipsByXmlWriter([]), ReportLevel);

    /// <summary>The relationships part up to where the hyperlinks go, and after them (see <see cref="DocumentRelationships"/>).</summary>
    private static readonly (byte[] Before, byte[] After) RelationshipsAroundLinks = SplitBeforeEnd(DocumentRelationshipsByXmlWriter([]), "</Relationships>"u8);

    private const string DocumentRelationshipsPath = "word/_rels/document.xml.rels";

    private const string ExtendedPropertiesPath = "docProps/app.xml";
    private const string ExtendedPropertiesNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties";

    /// <summary>core.xml of a report up to its title, and after it (see <see cref="CoreProperties"/>).</summary>
    private static readonly (byte[] Before, byte[] After) CoreAroundTitle = SplitAtTitle();

    /// <summary>The document's relationships part (see <see cref="DocumentRelationships"/>), compressed.</summary>
    public static ZipPart DocumentRelationshipsPart(IReadOnlyList<(string Id, Uri Target)> hyperlinks) =>
        hyperlinks.Count == 0 ? RelationshipsWithoutLinks : ZipPart.Compress(DocumentRelationshipsPath, DocumentRelationships(hyperlinks), ReportLevel);

    /// <summary>The relationships of the main document: its fixed parts, then one external target per hyperlink, ids as given.</summary>
    /// <remarks>
    /// The hyperlinks are written by a <see cref="WordXmlWriter"/>, which escapes attributes as an XmlWriter
    /// does (WordXmlWriterTests), between the bytes an XmlWriter wrote for the fixed parts once. A target
    /// with a character the XmlWriter would refuse goes through the XmlWriter, so it fails as it did.
    /// </remarks>
    public static byte[] DocumentRelationships(IReadOnlyList<(string Id, Uri Target)> hyperlinks)
    {
        foreach (var (id, target) in hyperlinks)
        {
            if (!AllPrintable(id) || !AllPrintable(target.OriginalString))
            {
                return DocumentRelationshipsByXmlWriter(hyperlinks);
            }
        }

        using var links = new WordXmlWriter(4 * 1024);
        foreach (var (id, target) in hyperlinks)
        {
            links.Start("Relationship"u8);
            links.Attribute("Type"u8, OfficeRelationships + "hyperlink");
            links.Attribute("Target"u8, target.OriginalString);
            links.Attribute("TargetMode"u8, "External"u8);
            links.Attribute("Id"u8, id);
            links.End();
        }

        var (before, after) = RelationshipsAroundLinks;
        return [.. before, .. links.Written, .. after];

        static bool AllPrintable(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (!PrintableText.IsPrintable(text, i))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The relationships part as an XmlWriter writes it, for any hyperlinks.</summary>
    internal static byte[] DocumentRelationshipsByXmlWriter(IReadOnlyList<(string Id, Uri Target)> hyperlinks) => PackagingXml(xml =>
    {
        xml.WriteStartElement("Relationships", Relationships);
        foreach (var (name, _, type, id) in FixedDocumentParts)
        {
            Relationship(xml, OfficeRelationships + type, "/" + name, external: false, id);
        }

        foreach (var (id, target) in hyperlinks)
        {
            // The target as written in the source (OriginalString), as System.IO.Packaging stores it.
            Relationship(xml, OfficeRelationships + "hyperlink", target.OriginalString, external: true, id);
        }

        xml.WriteEndElement();
    });

    /// <summary>Title and language for the file's properties (shown by portals and screen readers); no dates, so the bytes stay the same.</summary>
    /// <remarks>
    /// A title an XmlWriter writes as it is (printable, nothing to escape: nearly all) goes between the
    /// bytes the XmlWriter wrote around a placeholder title once; an XmlWriter per report took as long
    /// as a tenth of the whole Word file.
    /// </remarks>
    public static byte[] CoreProperties(string title)
    {
        if (title.Length == 0 || !IsWrittenAsIs(title))
        {
            return CorePropertiesByXmlWriter(title);
        }

        var (before, after) = CoreAroundTitle;
        var result = new byte[before.Length + Encoding.UTF8.GetByteCount(title) + after.Length];
        before.CopyTo(result, 0);
        var titleLength = Encoding.UTF8.GetBytes(title, result.AsSpan(before.Length));
        after.CopyTo(result, before.Length + titleLength);
        return result;
    }

    /// <summary>
    /// Whether element text is written by an XmlWriter as its UTF-8 bytes: no markup to escape, no line
    /// breaks to normalise, no character <see cref="PrintableText"/> drops; surrogates take the long way.
    /// </summary>
    private static bool IsWrittenAsIs(ReadOnlySpan<char> text) => PrintableText.IsPlain(text) && !text.ContainsAny('&', '<', '>');

    private static (byte[] Before, byte[] After) SplitBeforeEnd(byte[] xml, ReadOnlySpan<byte> end)
    {
        var at = xml.AsSpan().LastIndexOf(end);
        return (xml[..at], xml[at..]);
    }

    private static (byte[] Before, byte[] After) SplitAtTitle()
    {
        const string Placeholder = "\uE000"; // private use: printable, written as it is, in no other part of the XML
        var xml = CorePropertiesByXmlWriter(Placeholder).AsSpan();
        var placeholder = Encoding.UTF8.GetBytes(Placeholder);
        var at = xml.IndexOf(placeholder);
        return (xml[..at].ToArray(), xml[(at + placeholder.Length)..].ToArray());
    }

    /// <summary>core.xml as an XmlWriter writes it, for any title.</summary>
    internal static byte[] CorePropertiesByXmlWriter(string title)
    {
        const string Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Dc = "http://purl.org/dc/elements/1.1/";
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("cp", "coreProperties", Cp);
            xml.WriteAttributeString("xmlns", "dc", null, Dc);
            // Control characters from the data cannot be written in XML (the writer throws); drop them as the body does.
            xml.WriteElementString("dc", "title", Dc, new string([.. title.Where((_, i) => PrintableText.IsPrintable(title, i))]));
            xml.WriteElementString("dc", "language", Dc, ReportDocument.Language);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// <c>docProps/app.xml</c>, the application properties Word and WPS write into every file of their own:
    /// WPS Office treats a package without it as made by a foreign program (it opens it in compatibility
    /// mode and offers to convert it). The same in every report: no page or word counts (they would be
    /// guesses before a word processor lays the text out), no dates, no version that changes the bytes.
    /// </summary>
    internal static byte[] ExtendedProperties()
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("Properties", ExtendedPropertiesNamespace);
            xml.WriteAttributeString("xmlns", "vt", null, "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
            xml.WriteElementString("Template", ExtendedPropertiesNamespace, "Normal.dotm");
            xml.WriteElementString("Application", ExtendedPropertiesNamespace, "Generator");
            xml.WriteElementString("DocSecurity", ExtendedPropertiesNamespace, "0");
            xml.WriteElementString("ScaleCrop", ExtendedPropertiesNamespace, "false");
            xml.WriteElementString("LinksUpToDate", ExtendedPropertiesNamespace, "false");
            xml.WriteElementString("SharedDoc", ExtendedPropertiesNamespace, "false");
            xml.WriteElementString("HyperlinksChanged", ExtendedPropertiesNamespace, "false");
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static ZipPart Part(string name, OpenXmlPartRootElement root) => ZipPart.Compress(name, Serialize(root), FixedLevel);

    /// <summary>
    /// A part's XML as the SDK saves it (UTF-8 without a byte order mark, an XML declaration without
    /// <c>standalone</c>), written here because the SDK's own Save closes the stream.
    /// </summary>
    public static byte[] Serialize(OpenXmlPartRootElement root)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            root.WriteTo(xml);
        }

        return stream.ToArray();
    }

    /// <summary>
    /// <c>[Content_Types].xml</c>: <c>.xml</c> defaults to the main document (the only part without an
    /// override), <c>.rels</c> to relationships.
    /// </summary>
    private static byte[] ContentTypes() => PackagingXml(xml =>
    {
        const string Types = "http://schemas.openxmlformats.org/package/2006/content-types";
        xml.WriteStartElement("Types", Types);
        Default(xml, "xml", ContentTypeBase + "document.main+xml");
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        foreach (var (name, type, _, _) in FixedDocumentParts)
        {
            Override(xml, "/" + name, ContentTypeBase + type);
        }

        Override(xml, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        Override(xml, "/" + ExtendedPropertiesPath, "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        xml.WriteEndElement();

        static void Default(XmlWriter xml, string extension, string type)
        {
            xml.WriteStartElement("Default", Types);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        static void Override(XmlWriter xml, string part, string type)
        {
            xml.WriteStartElement("Override", Types);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
    });

    private static byte[] PackageRelationships() => PackagingXml(xml =>
    {
        xml.WriteStartElement("Relationships", Relationships);
        Relationship(xml, OfficeRelationships + "officeDocument", "/" + DocumentPath, external: false, "rId1");
        Relationship(xml, "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "/docProps/core.xml", external: false, "rId2");
        Relationship(xml, OfficeRelationships + "extended-properties", "/" + ExtendedPropertiesPath, external: false, "rId3");
        xml.WriteEndElement();
    });

    private static void Relationship(XmlWriter xml, string type, string target, bool external, string id)
    {
        xml.WriteStartElement("Relationship", Relationships);
        xml.WriteAttributeString("Type", type);
        xml.WriteAttributeString("Target", target);
        if (external)
        {
            xml.WriteAttributeString("TargetMode", "External");
        }

        xml.WriteAttributeString("Id", id);
        xml.WriteEndElement();
    }

    /// <summary>XML as System.IO.Packaging writes its own parts: UTF-8 with a byte order mark.</summary>
    private static byte[] PackagingXml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
