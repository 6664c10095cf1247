using System.Text;

namespace Generator.Import.Reading;

/// <summary>
/// Builds one paragraph of narrative Markdown from a reader's runs of text: the text escaped so that a
/// published star, bracket or angle bracket stays a character, bold and italic runs marked, safe links
/// written as links. What the engine's narrative reader shows is exactly the published text.
/// </summary>
internal sealed class MarkdownText
{
    private readonly StringBuilder _markdown = new();
    private readonly StringBuilder _plain = new();
    private bool _bold;
    private int _boldStart;

    public void Text(string text, bool bold = false)
    {
        if (text.Length == 0)
        {
            return;
        }

        SetBold(bold && text.Any(c => !TextTidy.IsSpace(c)));
        _markdown.Append(Escape(text));
        _plain.Append(text);
    }

    /// <summary>A link; only http, https and mailto become links (the narrative allows no others), any other keeps its text.</summary>
    public void Link(string text, string? href)
    {
        var target = href?.Trim();
        if (target is null || text.Trim().Length == 0 || !(target.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)))
        {
            Text(text);
            return;
        }

        SetBold(false);
        _markdown.Append('[').Append(Escape(TextTidy.Collapse(text))).Append("](")
            .Append(target.Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal))
            .Append(')');
        _plain.Append(text);
    }

    public bool IsEmpty => TextTidy.Squeeze(_plain.ToString()).Length == 0;

    /// <summary>The paragraph: Markdown and plain text, white space tidied, a list marker or heading prefix guarded.</summary>
    public (string Markdown, string Plain) Finish()
    {
        SetBold(false);
        var plain = TextTidy.Collapse(_plain.ToString()).Trim();
        var markdown = TextTidy.Collapse(_markdown.ToString()).Trim();
        return (GuardLineStart(markdown.Replace("** **", " ", StringComparison.Ordinal).Replace("****", string.Empty, StringComparison.Ordinal)), plain);
    }

    private void SetBold(bool bold)
    {
        if (bold == _bold)
        {
            return;
        }

        if (bold)
        {
            _boldStart = _markdown.Length;
            _markdown.Append("**");
        }
        else
        {
            // Emphasis cannot end after a space: move the space outside the stars.
            var trailing = 0;
            while (_markdown.Length - trailing > _boldStart + 2 && TextTidy.IsSpace(_markdown[_markdown.Length - trailing - 1]))
            {
                trailing++;
            }

            _markdown.Insert(_markdown.Length - trailing, "**");
        }

        _bold = bold;
    }

    /// <summary>Characters with a Markdown meaning anywhere in a line.</summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '<' or '>' or '&' or '~' or '|')
            {
                result.Append('\\');
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>A paragraph whose text starts like a heading, list item or rule would become one: escape the marker.</summary>
    public static string GuardLineStart(string markdown)
    {
        if (markdown.Length == 0)
        {
            return markdown;
        }

        if (markdown[0] is '#' or '+' or '-' or '=')
        {
            return "\\" + markdown;
        }

        var digits = 0;
        while (digits < markdown.Length && char.IsAsciiDigit(markdown[digits]))
        {
            digits++;
        }

        return digits is > 0 and < 10 && digits < markdown.Length && markdown[digits] is '.' or ')'
            && (digits + 1 == markdown.Length || markdown[digits + 1] is ' ' or '\t')
            ? markdown[..digits] + "\\" + markdown[digits..]
            : markdown;
    }
}
