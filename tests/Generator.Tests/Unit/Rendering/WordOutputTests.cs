using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using Generator.Building;
using Generator.Diagnostics;
using Generator.Document;
using Generator.Document.Blocks;
using Generator.Document.Inlines;
using Generator.Rendering.Word;
using Generator.Tests.Golden;
using Generator.Tests.Seeds;

namespace Generator.Tests.Unit.Rendering;

/// <summary>
/// The Word file of every sample: valid Open XML, the page and fonts of GB/T 9704, and tables whose
/// merged cells (<c>gridSpan</c>, <c>vMerge</c>) give exactly the geometry of the document model,
/// which <see cref="SeedTableTests"/> checks against the official forms.
/// </summary>
public sealed class WordOutputTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static TheoryData<string, int> Samples() => SampleReportTests.Samples();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_passes_the_Open_XML_validator(string bureau, int year)
    {
        var (_, docx) = Render(bureau, year);

        var errors = WordXml.ValidationErrors(docx);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Tables_have_the_merged_cells_of_the_model(string bureau, int year)
    {
        var (document, docx) = Render(bureau, year);
        var modelTables = document.Blocks.OfType<Table>().ToList();
        var wordTables = WordXml.Part(docx).Descendants(W + "tbl").ToList();

        Assert.Equal(3, modelTables.Count);
        Assert.Equal(modelTables.Count, wordTables.Count);
        for (var t = 0; t < modelTables.Count; t++)
        {
            var expected = modelTables[t].Rows
                .SelectMany((row, r) => row.Cells.Select(c => $"r{r}c{c.Column} {c.RowSpan}x{c.ColSpan} {c.Text}"))
                .ToList();
            Assert.Equal(expected, ReadGeometry(wordTables[t]));

            var header = wordTables[t].Elements(W + "tr").TakeWhile(tr => tr.Element(W + "trPr")?.Element(W + "tblHeader") is not null).Count();
            Assert.Equal(modelTables[t].HeaderRowCount, header);
            Assert.All(wordTables[t].Elements(W + "tr"), tr => Assert.NotNull(tr.Element(W + "trPr")?.Element(W + "cantSplit")));

            // The grid fills the text width exactly (156 mm), and every row fills the grid.
            var grid = wordTables[t].Element(W + "tblGrid")!.Elements(W + "gridCol").Select(g => (int)g.Attribute(W + "w")!).ToList();
            Assert.Equal(WordPage.TextWidth, grid.Sum());
            Assert.Equal(modelTables[t].ColumnCount, grid.Count);
        }
    }

    [Fact]
    public void Page_styles_and_footers_follow_GB_T_9704()
    {
        var (_, docx) = Render("jiyuan", 2021);

        var section = WordXml.Part(docx).Descendants(W + "sectPr").Single();
        var size = section.Element(W + "pgSz")!;
        var margin = section.Element(W + "pgMar")!;
        Assert.Equal(("11906", "16838"), ((string)size.Attribute(W + "w")!, (string)size.Attribute(W + "h")!));
        Assert.Equal(("2098", "1984", "1587", "1474"),
            ((string)margin.Attribute(W + "top")!, (string)margin.Attribute(W + "bottom")!, (string)margin.Attribute(W + "left")!, (string)margin.Attribute(W + "right")!));
        Assert.Equal(["default", "even"], section.Elements(W + "footerReference").Select(f => (string)f.Attribute(W + "type")!));
        Assert.NotNull(WordXml.Part(docx, "word/settings.xml").Root!.Element(W + "evenAndOddHeaders"));

        var styles = WordXml.Part(docx, "word/styles.xml").Root!.Elements(W + "style").ToDictionary(s => (string)s.Attribute(W + "styleId")!);
        string EastAsiaFont(string style) => (string)styles[style].Descendants(W + "rFonts").Single().Attribute(W + "eastAsia")!;
        string Size(string style) => (string)styles[style].Descendants(W + "sz").Single().Attribute(W + "val")!;
        Assert.Equal("方正小标宋简体", EastAsiaFont(WordStyles.Title));
        Assert.Equal("44", Size(WordStyles.Title));
        Assert.Equal("黑体", EastAsiaFont(WordStyles.Heading1));
        Assert.Equal("楷体_GB2312", EastAsiaFont(WordStyles.Heading2));
        Assert.Equal("宋体", EastAsiaFont(WordStyles.Footer));
        Assert.Equal("28", Size(WordStyles.Footer));
        var defaults = WordXml.Part(docx, "word/styles.xml").Root!.Element(W + "docDefaults")!;
        Assert.Equal("仿宋_GB2312", (string)defaults.Descendants(W + "rFonts").Single().Attribute(W + "eastAsia")!);
        Assert.Equal("32", (string)defaults.Descendants(W + "sz").Single().Attribute(W + "val")!);

        // Looks live in styles.xml: no run in the body names a font or a size.
        var body = WordXml.Part(docx);
        Assert.Empty(body.Descendants(W + "rFonts"));
        Assert.Empty(body.Descendants(W + "sz"));

        var odd = WordXml.Part(docx, "word/footer1.xml").Root!;
        var even = WordXml.Part(docx, "word/footer2.xml").Root!;
        Assert.Equal("— 1 —", string.Concat(odd.Descendants(W + "t").Select(t => t.Value)));
        Assert.Equal("right", (string)odd.Descendants(W + "jc").Single().Attribute(W + "val")!);
        Assert.Equal("left", (string)even.Descendants(W + "jc").Single().Attribute(W + "val")!);
        foreach (var footer in new[] { odd, even })
        {
            // A complex field, as Word writes it and WPS updates: begin, the PAGE instruction, separate, the cached number, end.
            Assert.Empty(footer.Descendants(W + "fldSimple"));
            var sequence = footer.Descendants(W + "r").Select(r => r.Elements().Single(e => e.Name != W + "rPr")).Select(e =>
                e.Name == W + "fldChar" ? (string)e.Attribute(W + "fldCharType")! : e.Name == W + "instrText" ? "instr:" + e.Value.Trim() : "text:" + e.Value);
            Assert.Equal(["text:— ", "begin", "instr:PAGE", "separate", "text:1", "end", "text: —"], sequence);
        }
    }

    /// <summary>
    /// What WPS Office needs to treat a file as a native Word document: application properties
    /// (<c>docProps/app.xml</c>, related from the package and typed in the content types), no theme
    /// fonts anywhere (there is no theme part for them to come from), and every font in the font table
    /// with an <c>altName</c> fallback. Walks every part of every sample.
    /// </summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_is_clean_for_WPS(string bureau, int year)
    {
        var (_, docx) = Render(bureau, year);
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);

        var app = word.ExtendedFilePropertiesPart;
        Assert.NotNull(app);
        Assert.Equal("Generator", word.ExtendedFilePropertiesPart!.Properties.Application!.Text);
        Assert.Null(word.MainDocumentPart!.ThemePart);

        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var part = XDocument.Load(stream);
            var themed = part.Descendants().Attributes().Where(a => a.Name.LocalName.EndsWith("Theme", StringComparison.Ordinal)).ToList();
            Assert.True(themed.Count == 0, $"{entry.FullName}: theme fonts {string.Join(", ", themed)}");
            Assert.Empty(part.Descendants(W + "fldSimple"));
        }

        var fonts = WordXml.Part(docx, "word/fontTable.xml").Root!.Elements(W + "font").ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.False(string.IsNullOrEmpty((string?)f.Element(W + "altName")?.Attribute(W + "val")), (string?)f.Attribute(W + "name")));
        var used = zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(e => { using var s = e.Open(); return XDocument.Load(s).Descendants(W + "rFonts").Attributes().Select(a => a.Value).ToList(); })
            .ToHashSet(StringComparer.Ordinal);
        Assert.Superset(used, fonts.Select(f => (string)f.Attribute(W + "name")!).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Narrative_text_stays_text_and_only_safe_links_become_hyperlinks()
    {
        var document = new ReportDocument("标题", [
            new Paragraph([
                new TextRun("<w:p>&amp; </script> \u0001\u0008 ok", default),
                new Link("javascript:alert(1)", [new TextRun("坏链接", default)], default),
                new Link("https://example.gov.cn/a?b=1&c=2", [new TextRun("好链接", default)], default),
            ], default),
        ]);

        var docx = new WordReportWriter().Write(document);
        var xml = WordXml.Part(docx);
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);

        Assert.Equal("<w:p>&amp; </script>  ok坏链接好链接", string.Concat(xml.Descendants(W + "t").Select(t => t.Value)));
        var link = Assert.Single(xml.Descendants(W + "hyperlink"));
        var relationship = Assert.Single(word.MainDocumentPart!.HyperlinkRelationships);
        Assert.Equal(new Uri("https://example.gov.cn/a?b=1&c=2"), relationship.Uri);
        Assert.Equal(relationship.Id, (string)link.Attribute(XName.Get("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"))!);
        Assert.Empty(WordXml.ValidationErrors(docx));
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes_with_no_timestamps_or_system_marks()
    {
        var (document, first) = Render("dongxihu", 2019);
        var second = new WordReportWriter().Write(document);

        Assert.Equal(first, second);
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(first));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
        Assert.All(zip.Entries, e => Assert.Equal(0, e.ExternalAttributes));

        // "Version made by" names MS-DOS in every central directory record, whatever system wrote the file.
        var records = Enumerable.Range(0, first.Length - 6)
            .Where(i => first[i] == 0x50 && first[i + 1] == 0x4b && first[i + 2] == 0x01 && first[i + 3] == 0x02).ToList();
        Assert.Equal(zip.Entries.Count, records.Count);
        Assert.All(records, i => Assert.Equal(0, first[i + 5]));
    }

    /// <summary>Reads a Word table back into cells with their grid position and spans, as the model states them.</summary>
    private static List<string> ReadGeometry(XElement table)
    {
        var cells = new List<(int Row, int Column, int RowSpan, int ColSpan, string Text)>();
        var rows = table.Elements(W + "tr").ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            var column = 0;
            foreach (var tc in rows[r].Elements(W + "tc"))
            {
                var properties = tc.Element(W + "tcPr");
                var span = (int?)properties?.Element(W + "gridSpan")?.Attribute(W + "val") ?? 1;
                var merge = properties?.Element(W + "vMerge");
                if (merge is not null && (string?)merge.Attribute(W + "val") != "restart")
                {
                    // A continuation cell: the cell above at this column grows by one row.
                    var above = cells.FindLastIndex(c => c.Column == column && c.Row + c.RowSpan == r);
                    Assert.True(above >= 0, $"row {r} column {column}: vMerge continues nothing");
                    Assert.Equal(cells[above].ColSpan, span);
                    Assert.Empty(string.Concat(tc.Descendants(W + "t").Select(t => t.Value)));
                    cells[above] = cells[above] with { RowSpan = cells[above].RowSpan + 1 };
                }
                else
                {
                    cells.Add((r, column, 1, span, string.Concat(tc.Descendants(W + "t").Select(t => t.Value))));
                }

                column += span;
            }
        }

        return [.. cells.Select(c => $"r{c.Row}c{c.Column} {c.RowSpan}x{c.ColSpan} {c.Text}")];
    }

    private static (ReportDocument Document, byte[] Docx) Render(string bureau, int year)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions(TestPaths.Data, TestPaths.Templates, Bureau: bureau, Year: year, DisplayBase: TestPaths.RepoRoot);
        var document = new ReportBuilder(new SourceTextCache()).Documents(options, diagnostics).Single().Document;
        Assert.NotNull(document);
        return (document, new WordReportWriter().Write(document));
    }
}
