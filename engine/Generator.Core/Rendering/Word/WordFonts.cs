using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Rendering.Word;

/// <summary>
/// The fonts of official documents, by the names government machines have them under, each with the
/// alternative a word processor should use where it is missing (<c>w:altName</c>). LibreOffice on
/// Linux goes through fontconfig instead; <c>docs/word.md</c> lists the fallbacks and the PDF
/// conversion supplies them (<c>build --pdf</c>).
/// </summary>
internal static class WordFonts
{
    /// <summary>Titles: 2号 方正小标宋简体.</summary>
    public const string Title = "方正小标宋简体";

    /// <summary>Body text: 3号 仿宋_GB2312.</summary>
    public const string Body = "仿宋_GB2312";

    /// <summary>First-level headings (一、): 黑体.</summary>
    public const string Heading1 = "黑体";

    /// <summary>Second-level headings (（一）): 楷体_GB2312.</summary>
    public const string Heading2 = "楷体_GB2312";

    /// <summary>Page numbers and tables: 宋体.</summary>
    public const string Song = "宋体";

    /// <summary>Latin letters and digits in body text.</summary>
    public const string Latin = "Times New Roman";

    /// <summary>Each font with the one Word substitutes when it is missing, and its family class.</summary>
    private static readonly (string Name, string AltName, W.FontFamilyValues Family)[] Table =
    [
        (Title, "华文中宋", W.FontFamilyValues.Roman),
        (Body, "仿宋", W.FontFamilyValues.Modern),
        (Heading1, "SimHei", W.FontFamilyValues.Modern),
        (Heading2, "楷体", W.FontFamilyValues.Modern),
        (Song, "SimSun", W.FontFamilyValues.Auto),
        (Latin, "Times", W.FontFamilyValues.Roman),
    ];

    public static W.RunFonts RunFonts(string eastAsia, string latin = Latin) => new()
    {
        Ascii = latin,
        HighAnsi = latin,
        EastAsia = eastAsia,
        ComplexScript = latin,
    };

    public static W.Fonts FontTable()
    {
        var fonts = new W.Fonts();
        foreach (var (name, alt, family) in Table)
        {
            fonts.AppendChild(new W.Font(
                new W.AltName { Val = alt },
                // 134 (0x86) is the GB2312 character set: tells Word these are Chinese fonts.
                new W.FontCharSet { Val = name == Latin ? "00" : "86" },
                new W.FontFamily { Val = family },
                new W.Pitch { Val = W.FontPitchValues.Variable })
            { Name = name });
        }

        return fonts;
    }
}
