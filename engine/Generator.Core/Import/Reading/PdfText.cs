using System.Text;
using static Generator.Import.Reading.PdfReader;

namespace Generator.Import.Reading;

/// <summary>Letters into lines of text: one line per baseline, letters left to right, a space where the gap between them is one.</summary>
internal static class PdfText
{
    /// <summary>A line of text on a page.</summary>
    public sealed record Line(int Page, double Baseline, double Left, double Right, double Size, IReadOnlyList<PdfLetter> Letters)
    {
        public string Text => Join(Letters);
    }

    /// <summary>The letters of a cell as text, its lines separated by line breaks.</summary>
    public static string Lines(List<PdfLetter> letters) => string.Join("\n", Group(letters, 0).Select(l => l.Text));

    /// <summary>Letters grouped into lines by baseline (top to bottom), each line's letters left to right.</summary>
    public static List<Line> Group(IEnumerable<PdfLetter> letters, int page)
    {
        var lines = new List<Line>();
        List<PdfLetter>? current = null;
        foreach (var letter in letters.OrderByDescending(l => Math.Round(l.Baseline, 1)).ThenBy(l => l.Left))
        {
            if (current is null || Math.Abs(current[0].Baseline - letter.Baseline) > Math.Min(current[0].Size, letter.Size) * 0.4)
            {
                if (current is not null)
                {
                    lines.Add(Make(current, page));
                }

                current = [];
            }

            current.Add(letter);
        }

        if (current is not null)
        {
            lines.Add(Make(current, page));
        }

        return lines;
    }

    private static Line Make(List<PdfLetter> letters, int page)
    {
        letters.Sort((a, b) => a.Left.CompareTo(b.Left));
        var size = letters.Select(l => l.Size).Order().ElementAt(letters.Count / 2);
        return new Line(page, letters[0].Baseline, letters[0].Left, letters.Max(l => l.Right), size, letters);
    }

    /// <summary>The text of letters on one line, with a space where the pen moved on by more than a fifth of the letter size.</summary>
    public static string Join(IReadOnlyList<PdfLetter> letters)
    {
        var text = new StringBuilder();
        for (var i = 0; i < letters.Count; i++)
        {
            if (i > 0 && IsSpace(letters[i - 1], letters[i]))
            {
                text.Append(' ');
            }

            text.Append(letters[i].Text);
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether the gap between two letters is a space: between Latin letters or digits a fifth of the letter
    /// size; Chinese text has no spaces, so between Chinese characters never (justified lines spread them),
    /// and between Chinese and Latin only a gap wider than the half-width space word processors add there anyway.
    /// </summary>
    public static bool IsSpace(PdfLetter before, PdfLetter after)
    {
        var gap = after.Left - before.Right;
        var size = Math.Min(before.Size, after.Size);
        var wide = (before.Text[^1] >= '\u2E80' ? 1 : 0) + (after.Text[0] >= '\u2E80' ? 1 : 0);
        return wide switch
        {
            0 => gap > size * 0.2,
            1 => gap > size * 1.0,
            _ => false,
        };
    }

    /// <summary>Whether two letters are set in the same font: subset prefixes (“ABCDEF+”) aside.</summary>
    public static string FontFamily(string font)
    {
        var plus = font.IndexOf('+', StringComparison.Ordinal);
        return plus is > 0 and <= 7 ? font[(plus + 1)..] : font;
    }
}
