namespace Generator.Rendering.Word;

/// <summary>The direct formatting of a run: bold, italic, or a character style from <see cref="WordStyles"/>.</summary>
internal sealed record RunFormat(bool Bold, bool Italic, string? CharacterStyle)
{
    public static RunFormat Plain { get; } = new(false, false, null);

    /// <summary>The run's <c>w:rPr</c>, or nothing for plain text.</summary>
    public void WriteRunProperties(WordXmlWriter xml)
    {
        if (!Bold && !Italic && CharacterStyle is null)
        {
            return;
        }

        xml.Start("w:rPr"u8);
        if (CharacterStyle is not null)
        {
            xml.Element("w:rStyle"u8, "w:val"u8, CharacterStyle);
        }

        if (Bold)
        {
            xml.Element("w:b"u8);
            xml.Element("w:bCs"u8);
        }

        if (Italic)
        {
            xml.Element("w:i"u8);
            xml.Element("w:iCs"u8);
        }

        xml.End();
    }
}
