using Generator.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Rendering.Word;

/// <summary><c>settings.xml</c>: Word 2013+ layout rules, punctuation compression, and separate odd and even footers.</summary>
internal static class WordSettings
{
    public static W.Settings Create() => new(
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
}
