using Generator.Rendering.Word;

namespace Generator.Tests.Unit.Rendering;

/// <summary>core.xml and the document's relationships are written without an XmlWriter when they can be; the bytes must be the XmlWriter's.</summary>
public sealed class WordPackageTests
{
    [Fact]
    public void Core_properties_are_the_bytes_an_XmlWriter_writes_for_every_title_character()
    {
        // One title per block of printable BMP characters, plus the titles that take the XmlWriter's way.
        var all = PrintableCharacters.Bmp;
        var titles = Enumerable.Range(0, (all.Length + 255) / 256).Select(i => all.Substring(i * 256, Math.Min(256, all.Length - (i * 256))))
            .Concat(["", "济源示范区公安局2021年政府信息公开工作年度报告", "A & B <c>", "一\n二\r三\t", "𠮷", "\u0001\u0085", "\uD800"]);

        foreach (var title in titles)
        {
            Assert.Equal(WordPackage.CorePropertiesByXmlWriter(title), WordPackage.CoreProperties(title));
        }
    }

    [Fact]
    public void Document_relationships_are_the_bytes_an_XmlWriter_writes()
    {
        (string, Uri)[][] cases =
        [
            [],
            [("rIdLink1", new Uri("https://www.example.gov.cn/zwgk/index.html"))],
            [("rIdLink1", new Uri("mailto:gongkai@example.gov.cn")), ("rIdLink2", new Uri("https://example.org/a?b=1&c=\"d\"<e>'f'"))],
            [("rIdLink1", new Uri("https://例子.中国/公开/年报?年=2021"))],
        ];

        foreach (var links in cases)
        {
            Assert.Equal(WordPackage.DocumentRelationshipsByXmlWriter(links), WordPackage.DocumentRelationships(links));
        }
    }
}
