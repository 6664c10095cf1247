using System.Text;

namespace Generator.Diagnostics;

/// <summary>
/// Prints diagnostics like a compiler (<c>path(line,col): error GEN0001: 消息</c>), followed by the
/// offending source line with a caret under the column and the hint, so that staff see what to fix.
/// </summary>
public sealed class DiagnosticFormatter(ISourceTextProvider sources)
{
    /// <summary>Where the text of a hint starts: under the first character after “提示：”.</summary>
    private const string HintIndent = "          ";

    public string Format(IEnumerable<Diagnostic> diagnostics)
    {
        var sb = new StringBuilder();
        foreach (var d in DiagnosticOrder.InReadingOrder(diagnostics))
        {
            Append(sb, d);
        }

        return sb.ToString();
    }

    public void Append(StringBuilder sb, Diagnostic d)
    {
        // Every part may carry text from a data file: control characters are shown, never sent to the terminal.
        sb.Append(VisibleText.Escape(d.Span.ToString()));
        if (d.Span.File.Length > 0)
        {
            sb.Append(": ");
        }

        sb.Append(SeverityWord(d.Severity)).Append(' ').Append(d.Code).Append(": ").Append(VisibleText.Escape(d.Message)).Append('\n');
        if (d.Span.HasPosition && sources.TryGetLine(d.Span.File, d.Span.Line, out var line))
        {
            var before = VisibleText.Escape(line[..Math.Clamp(d.Span.Column - 1, 0, line.Length)]);
            sb.Append("    ").Append(VisibleText.Escape(line)).Append('\n');
            sb.Append("    ").Append(CaretPadding(before, before.Length + 1)).Append("^\n");
        }

        if (d.Hint is not null)
        {
            // A hint of several lines (a waiver entry to copy) keeps its lines' own indentation under “提示：”.
            sb.Append("    提示：").Append(VisibleText.Escape(d.Hint, keepLineBreaks: true).Replace("\n", "\n" + HintIndent, StringComparison.Ordinal)).Append('\n');
        }
    }

    /// <summary>The word printed for a severity, in text and in JSON: error, warning, info.</summary>
    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>
    /// Pads with the same whitespace as the line and two columns for each wide (CJK) character,
    /// so the caret lands under the right character in a terminal.
    /// </summary>
    private static string CaretPadding(string line, int column)
    {
        var sb = new StringBuilder();
        var limit = Math.Min(column - 1, line.Length);
        for (var i = 0; i < limit; i++)
        {
            var c = line[i];
            if (c == '\t')
            {
                sb.Append('\t');
            }
            else
            {
                sb.Append(' ', DisplayWidth.Of(c));
            }
        }

        return sb.ToString();
    }
}
