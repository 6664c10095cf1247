using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Rendering.Word;

/// <summary>
/// The page of GB/T 9704-2012 (党政机关公文格式) in twentieths of a point: A4, margins top 37 mm,
/// bottom 35 mm, left 28 mm, right 26 mm, a text block of 22 lines of 28 characters in 3号 (16 pt).
/// </summary>
internal static class WordPage
{
    public const int Width = 11906;   // 210 mm
    public const int Height = 16838;  // 297 mm
    public const int MarginTop = 2098;    // 37 mm
    public const int MarginBottom = 1984; // 35 mm
    public const int MarginLeft = 1587;   // 28 mm
    public const int MarginRight = 1474;  // 26 mm

    /// <summary>156 mm.</summary>
    public const int TextWidth = Width - MarginLeft - MarginRight;

    /// <summary>225 mm / 22 lines = 28.95 pt a line.</summary>
    public const int LinePitch = 579;

    /// <summary>One character of body text (3号, 16 pt), the unit of indents in official documents.</summary>
    public const int BodyChar = 320;

    /// <summary>
    /// Character spacing of body text in twentieths of a point: 28 characters of 16 pt are 448 pt, the
    /// line is 442.2 pt, so each character is drawn 0.25 pt narrower (28 × 15.75 = 441 pt). Word's
    /// document grid (<c>linesAndChars</c>) would do the same in Word, but LibreOffice lays a grid out
    /// with wide gaps, so the page uses exact line spacing and this condensing instead.
    /// </summary>
    public const int BodyCharacterSpacing = -5;

    /// <summary>
    /// From the page foot to the foot of the page-number line: the number's 一字线 sits 7 mm below the
    /// text block (35 mm − 7 mm = 28 mm), and a 4号 line is about 5 mm high.
    /// </summary>
    public const int FooterDistance = 1304; // 23 mm

    public const int HeaderDistance = 851; // 15 mm; the report has no header, Word still wants a value.

    /// <summary>A measure as WordprocessingML writes it (twips, half-points, counts): invariant digits.</summary>
    public static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>No first-line indent (titles, tables, signature lines), overriding the body's two characters.</summary>
    public static W.Indentation NoFirstLineIndent() => new() { FirstLineChars = 0, FirstLine = "0" };

    /// <summary>An indent from the right margin by whole body characters (in 1/100 character and, for older readers, twips).</summary>
    public static W.Indentation RightIndent(int characters) => new() { RightChars = characters * 100, Right = Number(characters * BodyChar) };

    /// <summary>An indent from the left margin by whole body characters.</summary>
    public static W.Indentation LeftIndent(int characters) => new() { LeftChars = characters * 100, Left = Number(characters * BodyChar) };

    /// <summary>Writes <see cref="NoFirstLineIndent"/> (attributes in the order the SDK writes them).</summary>
    public static void WriteNoFirstLineIndent(WordXmlWriter xml)
    {
        xml.Start("w:ind"u8);
        xml.Attribute("w:firstLine"u8, 0);
        xml.Attribute("w:firstLineChars"u8, 0);
        xml.End();
    }

    /// <summary>Writes <see cref="RightIndent"/>.</summary>
    public static void WriteRightIndent(WordXmlWriter xml, int characters)
    {
        xml.Start("w:ind"u8);
        xml.Attribute("w:right"u8, characters * BodyChar);
        xml.Attribute("w:rightChars"u8, characters * 100);
        xml.End();
    }

    /// <summary>Writes <see cref="LeftIndent"/>.</summary>
    public static void WriteLeftIndent(WordXmlWriter xml, int characters)
    {
        xml.Start("w:ind"u8);
        xml.Attribute("w:left"u8, characters * BodyChar);
        xml.Attribute("w:leftChars"u8, characters * 100);
        xml.End();
    }

    /// <summary>The section: page size and margins, the odd and even page footers, page numbers in Arabic digits.</summary>
    public static void WriteSectionProperties(WordXmlWriter xml, string oddFooterId, string evenFooterId)
    {
        xml.Start("w:sectPr"u8);
        FooterReference(xml, "default", oddFooterId);
        FooterReference(xml, "even", evenFooterId);
        xml.Start("w:pgSz"u8);
        xml.Attribute("w:w"u8, Width);
        xml.Attribute("w:h"u8, Height);
        xml.End();
        xml.Start("w:pgMar"u8);
        xml.Attribute("w:top"u8, MarginTop);
        xml.Attribute("w:right"u8, MarginRight);
        xml.Attribute("w:bottom"u8, MarginBottom);
        xml.Attribute("w:left"u8, MarginLeft);
        xml.Attribute("w:header"u8, HeaderDistance);
        xml.Attribute("w:footer"u8, FooterDistance);
        xml.Attribute("w:gutter"u8, 0);
        xml.End();
        xml.Element("w:pgNumType"u8, "w:fmt"u8, "decimal"u8);

        // No snapping grid (see BodyCharacterSpacing); the pitch is recorded for Word's page setup dialog.
        xml.Element("w:docGrid"u8, "w:linePitch"u8, LinePitch);
        xml.End();
    }

    private static void FooterReference(WordXmlWriter xml, string type, string id)
    {
        xml.Start("w:footerReference"u8);
        xml.Attribute("w:type"u8, type);
        xml.Attribute("r:id"u8, id);
        xml.Attribute("xmlns:r"u8, WordPackage.RelationshipsNamespace);
        xml.End();
    }
}
