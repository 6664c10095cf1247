using System.Text;
using Generator.Document;

namespace Generator.Rendering.Markdown;

/// <summary>
/// Renders the document model to GitHub-flavoured Markdown that pandoc reads too. Text is escaped so
/// that what staff wrote reads back as the same text, never as markup.
/// </summary>
public sealed class MarkdownRenderer : DocumentRenderer<MarkdownRenderer>
{
    public MarkdownRenderer(StringBuilder output)
    {
        Output = output;
    }

    public StringBuilder Output { get; }

    /// <summary>The table being written, so rows know the grid width.</summary>
    public Document.Blocks.Table? CurrentTable { get; set; }

    /// <summary>Prefix written after each line break inside a list item, so nested lines stay in the item.</summary>
    public string Indent { get; set; } = string.Empty;

    /// <summary>Set while writing what must stay on one line (a heading): a hard line break is written as a space.</summary>
    public bool SingleLine { get; set; }

    public MarkdownRenderer Write(string raw)
    {
        Output.Append(raw);
        return this;
    }

    private static char FirstChar(Inline inline)
    {
        var text = PlainText.Of([inline]);
        return text.Length > 0 ? text[0] : '\0';
    }

    public MarkdownRenderer NewLine()
    {
        // A line that holds only a list item's indent becomes empty: no trailing blanks in the file.
        var lineStart = Output.Length;
        while (lineStart > 0 && Output[lineStart - 1] == ' ')
        {
            lineStart--;
        }

        if (lineStart == 0 || Output[lineStart - 1] == '\n')
        {
            Output.Length = lineStart;
        }

        Output.Append('\n').Append(Indent);
        return this;
    }

    /// <summary>
    /// The first character of the text after the inline being rendered ('\0' at the end), which
    /// decides whether a closing emphasis delimiter is recognised (see <see cref="EmphasisDelimiters"/>).
    /// </summary>
    public char FollowingChar { get; private set; }

    /// <summary>Renders a run of inlines, telling each what text follows it.</summary>
    public void RenderInlines(IReadOnlyList<Inline> inlines)
    {
        var outer = FollowingChar;
        for (var i = 0; i < inlines.Count; i++)
        {
            FollowingChar = i + 1 < inlines.Count ? FirstChar(inlines[i + 1]) : outer;
            Render(inlines[i]);
        }

        FollowingChar = outer;
    }

    /// <summary>Renders inlines into a string (escaped Markdown), e.g. to check how a line starts.</summary>
    public string Capture(IReadOnlyList<Inline> inlines)
    {
        var start = Output.Length;
        RenderInlines(inlines);
        var text = Output.ToString(start, Output.Length - start);
        Output.Length = start;
        return text;
    }
}
