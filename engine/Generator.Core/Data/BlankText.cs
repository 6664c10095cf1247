using System.Globalization;

namespace Generator.Data;

/// <summary>
/// Whether a text says nothing: empty, or only white space of any kind (spaces, full-width spaces U+3000,
/// line breaks) and invisible format characters (zero-width space U+200B, BOM). Such a text in a
/// required field is treated as missing: a published title or section must not come out empty.
/// </summary>
public static class BlankText
{
    public static bool IsBlank(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && char.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }
}
