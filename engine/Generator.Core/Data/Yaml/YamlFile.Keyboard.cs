using System.Text.RegularExpressions;
using Generator.Diagnostics;

namespace Generator.Data.Yaml;

/// <summary>
/// The mistakes of a Chinese keyboard that change a file's structure, found line by line before parsing:
/// a full-width colon after a key (<c>received：</c>), a key without its colon or without the space after it,
/// full-width braces, and Chinese commas between the figures of a <c>{ … }</c>. The parser would read such a
/// line as text and complain about the next line (usually “indentation”); here each is told on its own
/// line, with the certain fix where the key is one the readers know. Lines inside a block of text
/// (<c>|</c>, <c>&gt;</c>) are narrative and are not looked at.
/// </summary>
internal static partial class YamlFile
{
    /// <summary>Characters of a Chinese keyboard that only the slower checks of a line look for.</summary>
    private static readonly System.Buffers.SearchValues<char> Slips = System.Buffers.SearchValues.Create("：｛，、；");

    /// <summary>Digits as either keyboard types them.</summary>
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789０１２３４５６７８９");

    /// <summary>Reports each slip into <paramref name="slips"/>; true when there was none.</summary>
    private static bool CheckKeyboard(YamlContext context, DiagnosticBag slips)
    {
        var ok = true;
        var blockIndent = -1;
        for (var i = 1; i <= context.LineCount; i++)
        {
            var line = context.Line(i);
            var indent = line.Length - line.AsSpan().TrimStart(' ').Length;
            var content = line.AsSpan(indent);
            if (blockIndent >= 0)
            {
                // A block of text goes on while its lines are blank or indented deeper than the key that opened it.
                if (content.IsWhiteSpace() || indent > blockIndent)
                {
                    continue;
                }

                blockIndent = -1;
            }

            if (content.IsEmpty || content[0] == '#')
            {
                continue;
            }

            ok &= CheckLine(context.File, i, line, slips);
            if (content.Contains('|') || content.Contains('>'))
            {
                if (BlockStart().IsMatch(line))
                {
                    blockIndent = indent + SequencePrefix().Match(line[indent..]).Length;
                }
            }
        }

        return ok;
    }

    private static bool CheckLine(string file, int lineNumber, string line, DiagnosticBag slips)
    {
        var ok = CheckKey(file, lineNumber, line, slips);
        if (line.AsSpan().IndexOfAny(Slips) < 0)
        {
            return ok;
        }

        var code = WithoutComment(line);
        foreach (Match key in FullWidthColon().Matches(code))
        {
            var name = key.Groups["key"].Value;
            var colon = key.Groups["colon"];

            // After a comma only inside braces: elsewhere “，word：” is text, not a key.
            if (key.Index > 0 && code.AsSpan(0, key.Index).IndexOfAny('{', '｛') < 0 && !LineStart().IsMatch(code.AsSpan(0, key.Groups["key"].Index)))
            {
                continue;
            }

            var spaceAfter = colon.Index + 1 < line.Length && line[colon.Index + 1] == ' ';
            var replacement = spaceAfter || colon.Index + 1 >= line.Length ? ":" : ": ";
            slips.Error(DiagnosticCode.ChineseInputCharacter, new SourceSpan(file, lineNumber, colon.Index + 1),
                $"字段 {name} 后面的冒号是全角的“：”（中文输入法下输入的），YAML 只认半角冒号",
                $"请改成半角冒号和一个空格：“{name}: ”（切换到英文输入法输入），或运行 {CommandName.Of("validate --fix")} 自动改正。",
                KnownKeys.All.Contains(name) ? new TextEdit(lineNumber, colon.Index + 1, 1, replacement, $"全角冒号“：”改为“{replacement.TrimEnd()}”") : null);
            ok = false;
        }

        if (FullWidthBraces().Match(code) is { Success: true } braces)
        {
            var close = code.IndexOf('｝', braces.Index);
            slips.Error(DiagnosticCode.ChineseInputCharacter, new SourceSpan(file, lineNumber, braces.Index + 1),
                "这一行的花括号是全角的“｛｝”（中文输入法下输入的），YAML 只认半角花括号",
                $"请改成半角的 {{ }}，或运行 {CommandName.Of("validate --fix")} 自动改正。",
                close < 0 ? null : new TextEdit(lineNumber, braces.Index + 1, close - braces.Index + 1,
                    "{" + code[(braces.Index + 1)..close] + "}", "全角花括号“｛｝”改为“{}”"));
            ok = false;
        }

        foreach (var at in SeparatorsInBraces(code))
        {
            var replacement = at + 1 < code.Length && code[at + 1] == ' ' ? "," : ", ";
            slips.Error(DiagnosticCode.ChineseInputCharacter, new SourceSpan(file, lineNumber, at + 1),
                $"花括号中的各项用{ChineseInput.NameOf(code[at])}隔开，YAML 只认半角逗号",
                $"请改成半角逗号“,”（切换到英文输入法输入），或运行 {CommandName.Of("validate --fix")} 自动改正。",
                new TextEdit(lineNumber, at + 1, 1, replacement, $"{ChineseInput.NameOf(code[at])}改为半角逗号"));
            ok = false;
        }

        return ok;
    }

    /// <summary>
    /// A known key at the start of the line whose colon is missing (<c>received [1, 2]</c>) or has no space
    /// after it (<c>received:[1, 2]</c>). Read by hand: it runs on every line of every file.
    /// </summary>
    private static bool CheckKey(string file, int lineNumber, string line, DiagnosticBag slips)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        while (i + 1 < line.Length && line[i] == '-' && line[i + 1] == ' ')
        {
            for (i += 2; i < line.Length && line[i] == ' '; i++)
            {
            }
        }

        var start = i;
        while (i < line.Length && (char.IsAsciiLetterOrDigit(line[i]) || line[i] == '_'))
        {
            i++;
        }

        if (i == start || i >= line.Length || !char.IsAsciiLetter(line[start]) && line[start] != '_')
        {
            return true;
        }

        var name = line[start..i];
        if (line[i] == ':')
        {
            if (i + 1 >= line.Length || line[i + 1] is ' ' or '\t' or ':' or '/' || !KnownKeys.All.Contains(name))
            {
                return true;
            }

            slips.Error(DiagnosticCode.KeyColon, new SourceSpan(file, lineNumber, i + 1),
                $"字段 {name} 的冒号后面缺少空格，YAML 因此不把它当作字段",
                $"请在冒号后加一个空格：“{name}: …”，或运行 {CommandName.Of("validate --fix")} 自动改正。",
                new TextEdit(lineNumber, i + 2, 0, " ", $"在 {name} 的冒号后加空格"));
            return false;
        }

        var gap = i;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        if (i == gap || i >= line.Length || !"[{~0123456789|>\"'-".Contains(line[i], StringComparison.Ordinal) || !KnownKeys.All.Contains(name))
        {
            return true;
        }

        slips.Error(DiagnosticCode.KeyColon, new SourceSpan(file, lineNumber, gap + 1),
            $"字段 {name} 后面缺少冒号",
            $"字段名和取值之间要有半角冒号和空格：“{name}: …”，或运行 {CommandName.Of("validate --fix")} 自动改正。",
            new TextEdit(lineNumber, gap + 1, 0, ":", $"在 {name} 后加冒号"));
        return false;
    }

    /// <summary>
    /// Where a Chinese separator ends a value of figures inside { … }: <c>{ issued: 0， repealed: 1 }</c>. A value
    /// that is text (a waiver's reason, “总计写作 8，照录”) may hold such commas; a list's are told by the figure reader.
    /// </summary>
    private static IEnumerable<int> SeparatorsInBraces(string code)
    {
        var depth = 0;
        var valueStart = -1;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c is '{' or '｛' or ',' || depth > 0 && c == ':' && i + 1 < code.Length && code[i + 1] == ' ')
            {
                depth += c is '{' or '｛' ? 1 : 0;
                valueStart = i + 1;
            }
            else if (c is '}' or '｝')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth > 0 && ChineseInput.ListSeparators.Contains(c, StringComparison.Ordinal) && valueStart >= 0)
            {
                var value = code.AsSpan(valueStart, i - valueStart).Trim();
                if (!value.IsEmpty && (value is "~" || !value.ContainsAnyExcept(Digits)))
                {
                    yield return i;
                }

                valueStart = i + 1;
            }
        }
    }

    /// <summary>The line without a trailing comment (a # after a space, outside quotes), so a comment's text is never checked.</summary>
    private static string WithoutComment(string line)
    {
        char? quote = null;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t'))
            {
                return line[..i];
            }
        }

        return line;
    }

    /// <summary>A key (at the start of the line, after “- ”, or after { or , in braces) followed by a full-width colon.</summary>
    [GeneratedRegex(@"(?:^\s*(?:-\s+)*|[{,｛，]\s*)(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*(?<colon>：)")]
    private static partial Regex FullWidthColon();

    /// <summary>A full-width opening brace where a value starts.</summary>
    [GeneratedRegex(@"(?<=[:：]\s*)｛")]
    private static partial Regex FullWidthBraces();

    /// <summary>Only indentation and “- ” before a key: the start of a line's content.</summary>
    [GeneratedRegex(@"^\s*(?:-\s+)*$")]
    private static partial Regex LineStart();

    /// <summary>A key whose value is a block of text: <c>overview: |</c>, <c>note: &gt;-</c>, with an optional comment.</summary>
    [GeneratedRegex(@":\s+[|>][-+0-9]*\s*(?:#.*)?$")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^(?:-\s+)+")]
    private static partial Regex SequencePrefix();
}
