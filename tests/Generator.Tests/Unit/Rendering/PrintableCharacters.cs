using System.Text;
using Generator.Rendering;

namespace Generator.Tests.Unit.Rendering;

/// <summary>Text made of every character the renderers print, for tests that compare our escaping with an XmlWriter's.</summary>
internal static class PrintableCharacters
{
    /// <summary>Every printable character of the Basic Multilingual Plane, in order (tab and line feed included).</summary>
    public static string Bmp { get; } = Create();

    private static string Create()
    {
        var characters = new StringBuilder();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (!char.IsSurrogate((char)c) && PrintableText.IsPrintable(((char)c).ToString(), 0))
            {
                characters.Append((char)c);
            }
        }

        return characters.ToString();
    }
}
