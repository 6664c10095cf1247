using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Generator.Serve.Editing;

/// <summary>
/// The scalar of a YAML text that starts at a line and column (as the data reader's spans give them): its exact
/// extent on its line. Found with YamlDotNet's own parser, the one the reader uses, so a quoted scalar's
/// quotes and a comment after it are told apart the same way.
/// </summary>
internal static class ScalarAt
{
    /// <summary>The 1-based column just after the scalar, and its raw text; null when no one-line scalar starts there.</summary>
    public static (int EndColumn, string Raw, bool Plain)? Find(string text, int line, int column)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                if (parser.Current is Scalar scalar && scalar.Start.Line == line && scalar.Start.Column == column)
                {
                    if (scalar.End.Line != line)
                    {
                        return null;
                    }

                    var lineText = Line(text, line);
                    var end = (int)scalar.End.Column;
                    var start = column - 1;
                    if (end - 1 > lineText.Length || end - 1 < start)
                    {
                        return null;
                    }

                    // An empty value (`key:` with nothing after it) has no extent to replace: it is not a cell of the file.
                    var raw = lineText[start..(end - 1)];
                    return raw.Length == 0 ? null : (end, raw, scalar.Style is ScalarStyle.Plain);
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // YamlDotNet throws the latter on some broken flow collections (a comment inside [ ]).
            // The file no longer parses: the caller refuses the edit, the panel shows why.
        }

        return null;
    }

    private static string Line(string text, int line)
    {
        var at = 0;
        for (var i = 1; i < line; i++)
        {
            at = text.IndexOf('\n', at) + 1;
            if (at == 0)
            {
                return string.Empty;
            }
        }

        var end = text.IndexOf('\n', at);
        return end < 0 ? text[at..] : text[at..end];
    }
}
