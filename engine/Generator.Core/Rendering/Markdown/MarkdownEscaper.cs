using System.Text;

namespace Generator.Rendering.Markdown;

/// <summary>Escapes plain text for Markdown, as little as needed so Chinese text stays readable in diffs.</summary>
internal static class MarkdownEscaper
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
    /// Escapes what would start a block at the start of any line of <paramref name="text"/>: the first
    /// line of a paragraph and every line after a hard line break, which a reader takes as a new line of
    /// the same paragraph only if it does not start a list (<c>- </c>, <c>+ </c>, <c>1. </c>, <c>1) </c>),
    /// a thematic break or a setext heading underline (<c>---</c>, <c>===</c>, <c>- - -</c>): a leading
    /// <c>-</c>, <c>+</c> or <c>=</c> is always escaped, a number only before <c>.</c> or <c>)</c> and a space. The other
    /// block starts (<c>#</c>, <c>&gt;</c>, <c>*</c>, <c>_</c>, <c>`</c>, <c>~</c>, <c>|</c>, <c>&lt;</c>) are escaped
    /// wherever they are by <see cref="Escape"/>; indentation cannot start code inside a paragraph.
    /// </summary>
    public static string ProtectLineStart(string text)
    {
        StringBuilder? sb = null;
        var copied = 0;
        for (var start = 0; start < text.Length; start = text.IndexOf('\n', start) is var n and >= 0 ? n + 1 : text.Length)
        {
            var at = MarkerToEscape(text, start);
            if (at >= 0)
            {
                (sb ??= new StringBuilder(text.Length + 4)).Append(text, copied, at - copied).Append('\\');
                copied = at;
            }
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Index of the character to put a backslash before in the line starting at <paramref name="start"/>, or -1.</summary>
    private static int MarkerToEscape(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        var i = line.IndexOfAnyExcept(" \t");
        if (i < 0)
        {
            return -1;
        }

        var c = line[i];
        if (c is '-' or '+' or '=')
        {
            // List markers, thematic breaks and setext underlines (---, = =); pandoc also misreads a line
            // starting ===text after a hard break. A backslash before them is always read as the character.
            return start + i;
        }

        var digits = 0;
        while (i + digits < line.Length && digits < 10 && char.IsAsciiDigit(line[i + digits]))
        {
            digits++;
        }

        var after = i + digits;
        return digits is >= 1 and <= 9 && after < line.Length && line[after] is '.' or ')'
            && (after + 1 == line.Length || line[after + 1] is ' ' or '\t')
            ? start + after
            : -1;
    }
}
