using System.Text;
using System.Text.RegularExpressions;

namespace Generator.Rendering.Markdown;

/// <summary>Escapes plain text for Markdown, as little as needed so Chinese text stays readable in diffs.</summary>
internal static partial class MarkdownEscaper
{
    /// <summary>Written with a backslash before them. Beyond CommonMark: ~ and ^ are sub/superscript in pandoc's Markdown, $ is maths.</summary>
    private const string Backslashed = "\\`*_[]|~#&$^";

    private static readonly System.Buffers.SearchValues<char> BackslashedValues = System.Buffers.SearchValues.Create(Backslashed);

    /// <summary>Every character <see cref="Escape"/> changes, besides those it drops: the four written as entities and the backslashed ones.</summary>
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("<>{}" + Backslashed);

    public static string Escape(string text)
    {
        // Most text (figures, labels, plain sentences) needs nothing: no copy then.
        if (PrintableText.IsPlain(text) && !text.AsSpan().ContainsAny(Special))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\r' && !PrintableText.IsPrintable(text, i))
            {
                continue;
            }

            // Written as entities, not backslash escapes: a GFM autolink (www.x/\<img …\>) swallows the
            // backslash and leaves a live tag, and Markdig's heading attributes read "\{onclick=…\}" as
            // attributes despite the backslashes. An entity is text to every reader.
            var entity = c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '{' => "&#123;",
                '}' => "&#125;",
                _ => null,
            };
            if (entity is not null)
            {
                sb.Append(entity);
                continue;
            }

            if (BackslashedValues.Contains(c))
            {
                sb.Append('\\');
            }

            if (c is '\n' or '\r')
            {
                sb.Append(' ');
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// A line that starts like a list item (<c>- </c>, <c>+ </c>, <c>1. </c>) or a heading would be
    /// read as one; escape its first marker.
    /// </summary>
    public static string ProtectLineStart(string line)
    {
        var m = BlockStart().Match(line);
        return m.Success ? line.Insert(m.Groups[1].Index + m.Groups[1].Length - 1, "\\") : line;
    }

    [GeneratedRegex(@"^(\s{0,3}(?:[-+=]|\d{1,9}[.)]))(?:\s|$)")]
    private static partial Regex BlockStart();
}
