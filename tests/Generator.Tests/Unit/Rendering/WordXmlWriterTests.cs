using System.Text;
using System.Xml;
using Generator.Rendering.Word;

namespace Generator.Tests.Unit.Rendering;

/// <summary>
/// The Word body is written without an XmlWriter; these check it writes what an XmlWriter (the Open
/// XML SDK's serialiser) wrote for every character text and attributes can hold.
/// </summary>
public sealed class WordXmlWriterTests
{
    [Fact]
    public void Escapes_text_and_attributes_as_an_XmlWriter_does()
    {
        // Every printable BMP character, a surrogate pair, and the tab and line feed attributes may hold.
        var text = new StringBuilder(PrintableCharacters.Bmp.Replace("\n", string.Empty, StringComparison.Ordinal));
        text.Append("𠮷\r\n");
        var value = text.ToString();
        var content = value[..^2]; // text runs never hold line breaks: those become w:br

        Assert.Equal(XmlWriterBytes(value, content), OurBytes(value, content));
    }

    [Fact]
    public void An_element_without_content_is_written_empty()
    {
        using var xml = new WordXmlWriter(16);
        xml.Start("w:p"u8);
        xml.Start("w:pPr"u8);
        xml.End();
        xml.Element("w:jc"u8, "w:val"u8, "left"u8);
        xml.Element("w:gridSpan"u8, "w:val"u8, -12);
        xml.End();

        Assert.Equal("<w:p><w:pPr /><w:jc w:val=\"left\" /><w:gridSpan w:val=\"-12\" /></w:p>", Encoding.UTF8.GetString(xml.Written));
    }

    private static string XmlWriterBytes(string attribute, string content)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), ConformanceLevel = ConformanceLevel.Fragment }))
        {
            xml.WriteStartElement("t");
            xml.WriteAttributeString("v", attribute);
            xml.WriteString(content);
            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string OurBytes(string attribute, string content)
    {
        using var xml = new WordXmlWriter();
        xml.Start("t"u8);
        xml.Attribute("v"u8, attribute);
        xml.Text(content);
        xml.End();
        return Encoding.UTF8.GetString(xml.Written);
    }
}
