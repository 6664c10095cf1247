using Generator.Diagnostics;
using YamlDotNet.Core;

namespace Generator.Data.Yaml;

/// <summary>
/// Where a parser error is reported, when the parser's own place misleads, and wording that depends on the
/// line it is on. YamlDotNet points at where it gave up, which for some mistakes is a line or two after
/// the one to fix; a look at the text finds that line cheaply.
/// </summary>
internal static partial class YamlMessages
{
    /// <summary>The place and the Chinese for a parser error in the file of <paramref name="context"/>.</summary>
    public static (SourceSpan Span, YamlMessage Message) Explain(YamlException error, YamlContext context)
    {
        var entry = Find(error.Message);
        var message = entry is null ? Unknown : Named(entry.Message, error.Message);
        var (line, column, refined) = entry?.Refine?.Invoke(error, context, message) ?? ((int)error.Start.Line, (int)error.Start.Column, message);
        return (new SourceSpan(context.File, line, column), refined);
    }

    /// <summary>Moves an error to the line to fix and adjusts its wording to what that line shows.</summary>
    private delegate (int Line, int Column, YamlMessage Message) Refine(YamlException error, YamlContext context, YamlMessage message);

    /// <summary>
    /// YamlDotNet refuses a literal text (<c>|</c>) whose first line holds two or more spaces and nothing else,
    /// and a folded one (<c>&gt;</c>) with a line of only spaces, above the first words, deeper than the words;
    /// it points at the first line of words. The line to fix is the one with the spaces: for <c>|</c> the first
    /// (the line itself when an indentation digit follows the <c>|</c>), for <c>&gt;</c> the one with the most
    /// spaces. YamlDotNet also refuses the first line when its spaces are not deeper than the words below
    /// (YAML allows that), so the message says "deeper" only when they are.
    /// </summary>
    private static (int, int, YamlMessage) SpacesOnlyLine(YamlException error, YamlContext context, YamlMessage message)
    {
        var line = (int)error.Start.Line;
        int culprit;
        if (context.Line(line).Length > 0 && IsSpaces(context.Line(line)))
        {
            culprit = line;
        }
        else
        {
            var top = line;
            while (top > 1 && IsSpaces(context.Line(top - 1)))
            {
                top--;
            }

            if (top == line)
            {
                return (line, (int)error.Start.Column, message);
            }

            var folded = error.Message.Contains("lines above", StringComparison.OrdinalIgnoreCase);
            culprit = folded ? Enumerable.Range(top, line - top).MaxBy(i => context.Line(i).Length) : top;
        }

        var words = culprit + 1;
        while (words <= context.LineCount && IsSpaces(context.Line(words)))
        {
            words++;
        }

        var deeper = context.Line(culprit).Length > FirstNonSpace(context.Line(words));
        return (culprit, 1, deeper ? message : message with { Text = "这一段文字的第一行只有空格，请删去这一行中的空格" });
    }

    /// <summary>A bad escape is reported at the opening quote; the backslash that starts it is the place to fix.</summary>
    private static (int, int, YamlMessage) AtBackslash(YamlException error, YamlContext context, YamlMessage message)
    {
        var line = (int)error.End.Line;
        var text = context.Line(line);
        var from = Math.Min(text.Length - 1, (int)error.End.Column - 1);
        var backslash = from >= 0 ? text.LastIndexOf('\\', from) : -1;
        return backslash >= 0 ? (line, backslash + 1, message) : ((int)error.Start.Line, (int)error.Start.Column, message);
    }

    /// <summary>
    /// "Did not find expected node content" at a <c>]</c>, <c>}</c> or <c>,</c>: a closing bracket with no opening
    /// one, a cell left empty between two commas (blank is written <c>~</c>), or a comma outside brackets.
    /// </summary>
    private static (int, int, YamlMessage) StrayMark(YamlException error, YamlContext context, YamlMessage message)
    {
        var (line, column) = ((int)error.Start.Line, (int)error.Start.Column);
        var text = context.Line(line);
        var before = column >= 2 && column - 2 < text.Length ? text[..(column - 1)].TrimEnd() : string.Empty;
        return CharacterAt(context, line, column) switch
        {
            ']' => (line, column, new YamlMessage("多了一个“]”：前面没有与之配对的“[”", StrayBracketHint)),
            '}' => (line, column, new YamlMessage("多了一个“}”：前面没有与之配对的“{”", StrayBracketHint)),
            ',' when before.EndsWith(',') || before.EndsWith('[') => (line, column, new YamlMessage("方括号里缺了一项：两个逗号之间什么也没写",
                "空白的格子请写 ~（波浪号），例如 [3, 0, ~, 0]，不要只留一个空位。")),
            ',' => (line, column, new YamlMessage("多了一个逗号“,”",
                "英文逗号只用来分隔方括号或花括号里的各项；如果它是文字的一部分，请给整个值加上引号，或改用中文逗号“，”。")),
            _ => (line, column, message),
        };
    }

    private const string StrayBracketHint = "请删去多余的括号，或在前面补上对应的左括号；如果这是文字，请给整个值加上引号。";

    /// <summary>
    /// YamlDotNet says "a comment between adjacent scalars" only when the file's first value is a lone text
    /// with an anchor before it: a <c>&amp;</c> typed at the start of the first line (<c>&amp;year: 2020</c>).
    /// </summary>
    private static (int, int, YamlMessage) AtLeadingAnchor(YamlException error, YamlContext context, YamlMessage message)
    {
        for (var line = (int)error.Start.Line - 1; line >= 1; line--)
        {
            var text = context.Line(line);
            var first = FirstNonSpace(text);
            if (first < text.Length && text[first] == '&')
            {
                return (line, first + 1, new YamlMessage("这一行开头多了一个“&”", AnchorHint));
            }
        }

        return ((int)error.Start.Line, (int)error.Start.Column, message);
    }

    /// <summary>A character that cannot start anything (<c>@</c>, <c>`</c>, <c>%</c> inside a line): name it.</summary>
    private static (int, int, YamlMessage) StartCharacter(YamlException error, YamlContext context, YamlMessage message)
    {
        var (line, column) = ((int)error.Start.Line, (int)error.Start.Column);
        var c = CharacterAt(context, line, column);
        return c is null || char.IsControl(c.Value) || char.IsSurrogate(c.Value) || char.IsWhiteSpace(c.Value)
            ? (line, column, message)
            : (line, column, new YamlMessage($"“{c}”不能作为值或字段名的第一个字符", $"如果值就是以“{c}”开头的文字，请给整个值加上引号。"));
    }

    /// <summary>YamlDotNet gives no place for a % line after a document's ---; it is the first such line.</summary>
    private static (int, int, YamlMessage) AtMisplacedDirective(YamlException error, YamlContext context, YamlMessage message)
    {
        var started = false;
        for (var line = 1; line <= context.LineCount; line++)
        {
            var text = context.Line(line);
            if (text.StartsWith("---", StringComparison.Ordinal))
            {
                started = true;
            }
            else if (started && text.StartsWith('%'))
            {
                return (line, 1, message);
            }
        }

        return ((int)error.Start.Line, (int)error.Start.Column, message);
    }

    private static bool IsSpaces(string line) => line.All(c => c == ' ');

    /// <summary>The index of the line's first character that is not a space; the length if there is none.</summary>
    private static int FirstNonSpace(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static char? CharacterAt(YamlContext context, int line, int column)
    {
        var text = context.Line(line);
        return column >= 1 && column <= text.Length ? text[column - 1] : null;
    }
}
