using Generator.Diagnostics;
using YamlDotNet.Core;

namespace Generator.Data.Yaml;

/// <summary>The checks of <see cref="YamlFile"/> that turn a file the parser refuses or distrusts into a targeted diagnostic.</summary>
internal static partial class YamlFile
{
    private static bool CheckLimits(YamlContext context, YamlPrescan scan)
    {
        if (scan.TooDeep is { } deep)
        {
            context.Diagnostics.Error(DiagnosticCode.YamlTooDeep, new SourceSpan(context.File, (int)deep.Line, (int)deep.Column),
                $"YAML 嵌套超过 {YamlPrescan.MaxDepth} 层，数据文件不会有这么深的结构",
                "多半是方括号 [ 或花括号 { 没有配对，或缩进越来越深；请对照 docs/data-format.md 的示例检查这一处。");
            return false;
        }

        if (scan.TooManyAliasNodes is { } alias)
        {
            context.Diagnostics.Error(DiagnosticCode.YamlAliasExpansion, new SourceSpan(context.File, (int)alias.Line, (int)alias.Column),
                $"YAML 别名（*名字）展开后超过 {YamlPrescan.MaxAliasNodes} 项，文件不予读取",
                "数据文件不需要锚点（&名字）和别名（*名字）：请把要重复的内容直接写出来。");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Characters no data file should hold and the parser handles unpredictably — NUL and the other C0
    /// controls but tab and line feed, DEL, the C1 controls (NEL, U+0085, is a line break to YAML 1.1), the
    /// Unicode line and paragraph separators, a byte order mark inside the text: all invisible, mostly pasted
    /// from Word or a web page. Each line holding one is told, at the character, before the parser blames
    /// something else (indentation, a missing colon) for it.
    /// </summary>
    private static bool CheckInvisibleCharacters(YamlContext context, string text)
    {
        if (text.AsSpan().IndexOfAny(Invisible) < 0)
        {
            return true;
        }

        for (var i = 1; i <= context.LineCount; i++)
        {
            var line = context.Line(i);
            var at = line.AsSpan().IndexOfAny(Invisible);
            if (at >= 0)
            {
                context.Diagnostics.Error(DiagnosticCode.YamlSyntax, new SourceSpan(context.File, i, at + 1),
                    $"YAML 格式错误：这一行有看不见的控制字符 U+{(int)line[at]:X4}",
                    "多半是从 Word、网页或聊天软件复制时带进来的：请删去这个字符（可以删去这一行后重新输入）。");
            }
        }

        return false;
    }

    /// <summary>The characters <see cref="CheckInvisibleCharacters"/> refuses (a line feed ends a line, so none is looked for).</summary>
    private static readonly System.Buffers.SearchValues<char> Invisible = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
            '\u2028', '\u2029', '\uFEFF']);

    /// <summary>
    /// Tabs and full-width spaces in indentation are the most common mistakes of people who copy from
    /// Word or WeChat; the YAML parser's own message for them is vague and points elsewhere, so they
    /// are found first, on every line, with a targeted hint. Inside a multi-line text the parser got to,
    /// they are content (a paragraph may well start with 　　), so those lines are skipped. (Not only the
    /// lines before the parser's error: for a tab it points at the start of the enclosing mapping.)
    /// </summary>
    private static bool CheckIndentation(YamlContext context, YamlPrescan scan)
    {
        var ok = true;
        for (var i = 1; i <= context.LineCount; i++)
        {
            if (scan.IsInsideText(i))
            {
                continue;
            }

            var line = context.Line(i);
            for (var c = 0; c < line.Length && line[c] is ' ' or '\t' or '\u3000'; c++)
            {
                if (line[c] == ' ')
                {
                    continue;
                }

                var tab = line[c] == '\t';
                context.Diagnostics.Error(DiagnosticCode.YamlSyntax, new SourceSpan(context.File, i, c + 1),
                    tab ? "YAML 格式错误：缩进中有 Tab 字符" : "YAML 格式错误：缩进中有全角空格",
                    tab ? "YAML 只能用空格缩进：请把这一行开头的 Tab 换成空格（同一层的字段要对齐）。"
                        : "请把这一行开头的全角空格（中文输入法下的空格）换成半角空格。");
                ok = false;
                break;
            }
        }

        return ok;
    }

    private static void ReportSyntaxError(YamlException e, YamlContext context)
    {
        var diagnostics = context.Diagnostics;
        var span = new SourceSpan(context.File, (int)e.Start.Line, (int)e.Start.Column);
        var message = e.Message;
        if (message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            var key = message["Duplicate key".Length..].Trim();
            diagnostics.Error(DiagnosticCode.DuplicateKey, span, $"字段 {key} 写了两次", "同一层中每个字段只能出现一次，请删除或合并重复的一处。");
            return;
        }

        var (at, explained) = YamlMessages.Explain(e, context);
        var line = context.Line(at.Line);
        var hint = explained.Hint ?? (line.Contains('\t', StringComparison.Ordinal)
            ? "这一行用了 Tab 键缩进；YAML 只能用空格缩进，请把 Tab 换成空格。"
            : line.Contains('\u3000', StringComparison.Ordinal)
                ? "这一行有全角空格；缩进只能用半角空格。"
                : "请检查这一行及上一行的缩进（同一层字段要对齐，用空格而不是 Tab），以及冒号后是否有空格。");
        diagnostics.Error(DiagnosticCode.YamlSyntax, at, $"YAML 格式错误：{explained.Text}", hint);
    }
}
