using YamlDotNet.Core;

namespace Generator.Data.Yaml;

/// <summary>Where an unclosed <c>[</c> or <c>{</c> really is: YamlDotNet notices it only lines later, or crashes.</summary>
internal sealed partial class YamlPrescan
{
    /// <summary>The message of an unclosed <c>[</c>, placed at the bracket (translated by <see cref="YamlMessages"/>).</summary>
    public const string UnclosedFlowSequence = "Flow sequence not closed";

    /// <summary>The message of an unclosed <c>{</c>, placed at the brace (translated by <see cref="YamlMessages"/>).</summary>
    public const string UnclosedFlowMapping = "Flow mapping not closed";

    /// <summary>
    /// The parser's failure restated at the <c>[</c> or <c>{</c> that was never closed, or null when that is
    /// not what happened. A missing <c>]</c> shows up as "did not find expected ',' or ']'" on a later line
    /// (the end of the file, or the next line that does not fit), or as the scanner's
    /// InvalidOperationException when the next line is less indented; either way the place to fix is the
    /// line of the bracket. A failure on the bracket's own line is a missing comma there, and stays as is.
    /// </summary>
    private YamlException? UnclosedFlow(Exception failure, Mark at, bool aboutFlow, string text)
    {
        if (!aboutFlow)
        {
            return null;
        }

        if (!_openFlow.TryPeek(out var open))
        {
            // The scanner reads ahead of the parser while a [ at the start of a value may still turn out
            // to be a key, so it can crash before the parser has seen the bracket: it is the next one.
            if (failure is YamlException || FlowStartAfter(text, at) is not { } next)
            {
                return null;
            }

            open = next;
        }
        else if (failure is YamlException && open.Start.Line >= at.Line)
        {
            return null;
        }

        return new YamlException(open.Start, open.Start, open.IsSequence ? UnclosedFlowSequence : UnclosedFlowMapping, failure);
    }

    /// <summary>The first <c>[</c> or <c>{</c> after <paramref name="from"/>, comments aside.</summary>
    private static FlowStart? FlowStartAfter(string text, Mark from)
    {
        var (line, column) = (from.Line, from.Column);
        var comment = false;
        for (var i = (int)from.Index; i < text.Length; i++, column++)
        {
            var c = text[i];
            if (c == '\n')
            {
                (line, column, comment) = (line + 1, 0, false);
            }
            else if (c == '#' && (column == 1 || (i > 0 && text[i - 1] is ' ' or '\t')))
            {
                comment = true;
            }
            else if (!comment && c is '[' or '{')
            {
                return new FlowStart(new Mark(i, line, column), c == '[');
            }
        }

        return null;
    }

    /// <summary>Where a flow collection starts, and whether it is a sequence (<c>[</c>) or a mapping (<c>{</c>).</summary>
    private readonly record struct FlowStart(Mark Start, bool IsSequence);
}
