using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Rendering.Word;

/// <summary>
/// Every look of the report, defined once in <c>styles.xml</c> (GB/T 9704-2012): body 3号 仿宋 with a
/// two-character first-line indent on the 22-line grid, title 2号 小标宋 centred, 一、 headings 黑体,
/// （一） headings 楷体, tables 宋体 五号 or 小五. Paragraphs and runs refer to these ids only.
/// </summary>
internal static class WordStyles
{
    public const string Body = "Normal";
    public const string Title = "Title";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string ListParagraph = "ListParagraph";
    public const string Signature = "Signature";
    public const string TableText = "TableText";
    public const string TableTextSmall = "TableTextSmall";
    public const string Footer = "Footer";
    public const string TableGrid = "TableGrid";
    public const string Hyperlink = "Hyperlink";

    /// <summary>A （一）-style lead-in written in bold in the narrative: 楷体, as a second-level heading is.</summary>
    public const string InlineHeading = "InlineHeading";

    /// <summary>Tables at least this wide (table 2 has 10 columns, table 3 has 15) use 小五 to fit the text width.</summary>
    public const int SmallTableColumns = 8;

    private const int BodySize = 32;   // 3号, 16 pt, in half-points
    private const int TitleSize = 44;  // 2号, 22 pt
    private const int FooterSize = 28; // 4号, 14 pt
    private const int TableSize = 21;  // 五号, 10.5 pt
    private const int SmallSize = 18;  // 小五, 9 pt

    public static W.Styles Create()
    {
        var styles = new W.Styles(
            new W.DocDefaults(
                new W.RunPropertiesDefault(new W.RunPropertiesBaseStyle(
                    WordFonts.RunFonts(WordFonts.Body),
                    new W.Kern { Val = 2 },
                    new W.FontSize { Val = WordPage.Number(BodySize) },
                    new W.FontSizeComplexScript { Val = WordPage.Number(BodySize) },
                    new W.Languages { Val = "en-US", EastAsia = Document.ReportDocument.Language, Bidi = "ar-SA" })),
                new W.ParagraphPropertiesDefault(new W.ParagraphPropertiesBaseStyle(
                    new W.SpacingBetweenLines { Before = "0", After = "0", Line = WordPage.Number(WordPage.LinePitch), LineRule = W.LineSpacingRuleValues.Exact }))));

        styles.Append(
            Paragraph(Body, "Normal", true, null, null,
                new W.StyleParagraphProperties(
                    new W.Indentation { FirstLineChars = 200, FirstLine = WordPage.Number(2 * WordPage.BodyChar) },
                    new W.Justification { Val = W.JustificationValues.Both }),
                new W.StyleRunProperties(new W.Spacing { Val = WordPage.BodyCharacterSpacing })),
            Paragraph(Title, "Title", false, Body, Body,
                new W.StyleParagraphProperties(
                    new W.KeepNext(),
                    new W.SpacingBetweenLines { After = WordPage.Number(WordPage.LinePitch) },
                    WordPage.NoFirstLineIndent(),
                    new W.Justification { Val = W.JustificationValues.Center },
                    new W.OutlineLevel { Val = 0 }),
                new W.StyleRunProperties(WordFonts.RunFonts(WordFonts.Title, WordFonts.Title), new W.Spacing { Val = 0 }, Size(TitleSize))),
            Heading(Heading1, "heading 1", 0, WordFonts.RunFonts(WordFonts.Heading1, WordFonts.Heading1)),
            Heading(Heading2, "heading 2", 1, WordFonts.RunFonts(WordFonts.Heading2, WordFonts.Heading2)),
            Heading(Heading3, "heading 3", 2, WordFonts.RunFonts(WordFonts.Body), new W.Bold(), new W.BoldComplexScript()),
            Paragraph(ListParagraph, "List Paragraph", Body),
            Paragraph(Signature, "Signature", Body,
                new W.StyleParagraphProperties(
                    new W.KeepNext(),
                    new W.KeepLines(),
                    WordPage.NoFirstLineIndent(),
                    new W.Justification { Val = W.JustificationValues.Right })),
            TableParagraph(TableText, "Table Text", TableSize),
            TableParagraph(TableTextSmall, "Table Text Small", SmallSize),
            Paragraph(Footer, "footer", Body,
                new W.StyleParagraphProperties(
                    new W.SnapToGrid { Val = false },
                    new W.SpacingBetweenLines { Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
                    WordPage.NoFirstLineIndent()),
                new W.StyleRunProperties(WordFonts.RunFonts(WordFonts.Song, WordFonts.Song), new W.Spacing { Val = 0 }, Size(FooterSize))),
            Character(Hyperlink, "Hyperlink", new W.StyleRunProperties(new W.Underline { Val = W.UnderlineValues.Single })),
            Character(InlineHeading, "Inline Heading", new W.StyleRunProperties(WordFonts.RunFonts(WordFonts.Heading2, WordFonts.Heading2))),
            TableStyle());
        return styles;
    }

    private static W.FontSize Size(int halfPoints) => new() { Val = WordPage.Number(halfPoints) };

    private static W.Style Paragraph(string id, string name, bool isDefault, string? basedOn, string? next, params OpenXmlElement[] properties)
    {
        var style = new W.Style(new W.StyleName { Val = name }) { Type = W.StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.AppendChild(new W.BasedOn { Val = basedOn });
        }

        if (next is not null)
        {
            style.AppendChild(new W.NextParagraphStyle { Val = next });
        }

        style.AppendChild(new W.UIPriority { Val = 1 });
        style.AppendChild(new W.PrimaryStyle());
        foreach (var property in properties)
        {
            style.AppendChild(property);
        }

        return style;
    }

    private static W.Style Paragraph(string id, string name, string basedOn, params OpenXmlElement[] properties) =>
        Paragraph(id, name, false, basedOn, null, properties);

    private static W.Style Heading(string id, string name, int outline, W.RunFonts fonts, params OpenXmlElement[] run) =>
        Paragraph(id, name, false, Body, Body,
            new W.StyleParagraphProperties(new W.KeepNext(), new W.KeepLines(), new W.OutlineLevel { Val = outline }),
            new W.StyleRunProperties([fonts, .. run]));

    private static W.Style TableParagraph(string id, string name, int size) =>
        Paragraph(id, name, false, Body, null,
            new W.StyleParagraphProperties(
                // Table text keeps its own, tighter rhythm instead of the 22-line page grid.
                new W.SnapToGrid { Val = false },
                new W.SpacingBetweenLines { Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
                WordPage.NoFirstLineIndent(),
                new W.Justification { Val = W.JustificationValues.Center }),
            new W.StyleRunProperties(WordFonts.RunFonts(WordFonts.Song, WordFonts.Song), new W.Spacing { Val = 0 }, Size(size), new W.FontSizeComplexScript { Val = WordPage.Number(size) }));

    private static W.Style Character(string id, string name, W.StyleRunProperties run) =>
        new(new W.StyleName { Val = name }, new W.UIPriority { Val = 99 }, run) { Type = W.StyleValues.Character, StyleId = id };

    /// <summary>The grid of the official forms: every cell ruled with a 0.5 pt line, text vertically centred.</summary>
    private static W.Style TableStyle()
    {
        static T Line<T>()
            where T : W.BorderType, new() => new() { Val = W.BorderValues.Single, Size = 4, Space = 0, Color = "auto" };

        return new W.Style(
            new W.StyleName { Val = "Table Grid" },
            new W.UIPriority { Val = 59 },
            new W.StyleTableProperties(
                new W.TableBorders(Line<W.TopBorder>(), Line<W.LeftBorder>(), Line<W.BottomBorder>(), Line<W.RightBorder>(),
                    Line<W.InsideHorizontalBorder>(), Line<W.InsideVerticalBorder>()),
                new W.TableCellMarginDefault(
                    new W.TopMargin { Width = "28", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellLeftMargin { Width = 57, Type = W.TableWidthValues.Dxa },
                    new W.BottomMargin { Width = "28", Type = W.TableWidthUnitValues.Dxa },
                    new W.TableCellRightMargin { Width = 57, Type = W.TableWidthValues.Dxa })),
            new W.StyleTableCellProperties(new W.TableCellVerticalAlignment { Val = W.TableVerticalAlignmentValues.Center }))
        { Type = W.StyleValues.Table, StyleId = TableGrid };
    }
}
