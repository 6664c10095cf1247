using Markdig;
using System.Text;

namespace Generator.Document.Building;

/// <summary>
/// The document markup that templates produce: CommonMark for headings and paragraphs, plus fenced
/// blocks for what Markdown lacks (<c>```table</c>, <c>```narrative key</c>, <c>```signature</c>,
/// <c>```pagebreak</c>). Values inserted by templates are escaped with <see cref="Escape"/>, so data
/// can never add structure to the document.
/// </summary>
public static class Markup
{
    /// <summary>
    /// How both template markup and staff narrative are parsed: positions kept for spans, raw HTML
    /// off (it stays visible text), and emphasis that works next to Chinese punctuation.
    /// </summary>
    internal static MarkdownPipeline Pipeline { get; } =
        new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseCjkFriendlyEmphasis().DisableHtml().Build();

    /// <summary>
    /// Backslash-escapes every ASCII punctuation character (CommonMark allows escaping all of them,
    /// and the table syntax reads them back the same way) and folds line breaks into spaces.
    /// </summary>
    public static string Escape(string text)
    {
        // Most values (figures, names) have nothing to escape: no copy then.
        if (!text.AsSpan().ContainsAny(NeedsEscape))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r')
            {
                continue;
            }

            if (c is '\n')
            {
                sb.Append(' ');
            }
            else if (!IsAsciiPunctuation(c))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('\\').Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Removes the backslash before escaped ASCII punctuation, as CommonMark does.</summary>
    public static string Unescape(string text) => text.Contains('\\', StringComparison.Ordinal) ? Unescaped(text) : text;

    /// <inheritdoc cref="Unescape(string)"/>
    public static string Unescape(ReadOnlySpan<char> text) => text.Contains('\\') ? Unescaped(text) : text.ToString();

    private static string Unescaped(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && IsAsciiPunctuation(text[i + 1]))
            {
                i++;
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }

    /// <summary>What <see cref="Escape"/> changes: line breaks and every ASCII punctuation character.</summary>
    private static readonly System.Buffers.SearchValues<char> NeedsEscape =
        System.Buffers.SearchValues.Create([.. "\r\n", .. Enumerable.Range(0, 128).Select(c => (char)c).Where(IsAsciiPunctuation)]);

    private static bool IsAsciiPunctuation(char c) => c is >= '!' and <= '~' && !char.IsAsciiLetterOrDigit(c);
}
