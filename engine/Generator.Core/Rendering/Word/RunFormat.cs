using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Generator.Rendering.Word;

/// <summary>The direct formatting of a run: bold, italic, or a character style from <see cref="WordStyles"/>.</summary>
internal sealed record RunFormat(bool Bold, bool Italic, string? CharacterStyle)
{
    public static RunFormat Plain { get; } = new(false, false, null);

    public W.RunProperties? ToRunProperties()
    {
        if (!Bold && !Italic && CharacterStyle is null)
        {
            return null;
        }

        var properties = new W.RunProperties();
        if (CharacterStyle is not null)
        {
            properties.AppendChild(new W.RunStyle { Val = CharacterStyle });
        }

        if (Bold)
        {
            properties.AppendChild(new W.Bold());
            properties.AppendChild(new W.BoldComplexScript());
        }

        if (Italic)
        {
            properties.AppendChild(new W.Italic());
            properties.AppendChild(new W.ItalicComplexScript());
        }

        return properties;
    }
}
