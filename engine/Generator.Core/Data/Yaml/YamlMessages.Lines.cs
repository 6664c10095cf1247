using YamlDotNet.Core;

namespace Generator.Data.Yaml;

/// <summary>
/// The wording for a line meant as "key: value" that the parser could not take as one: a missing colon,
/// a colon without its space, a Chinese colon, a stray bracket, or (the line looking right) its indentation.
/// </summary>
internal static partial class YamlMessages
{
    private const string NoSpaceAfterColonHint = "“字段: 值”中，英文冒号后面要有一个半角空格。";

    /// <summary>A line the parser cannot take as "key: value": say what is wrong with it, if its shape (or a stray bracket) shows.</summary>
    private static (int, int, YamlMessage) LineShape(YamlException error, YamlContext context, YamlMessage message)
    {
        var line = (int)error.Start.Line;
        var text = context.Line(line);
        var first = FirstNonSpace(text);
        if (first >= text.Length)
        {
            return (line, (int)error.Start.Column, message);
        }

        if (CharacterAt(context, line, (int)error.Start.Column) is ']' or '}')
        {
            return StrayMark(error, context, message);
        }

        if (error.Start.Column - 1 > first)
        {
            return (line, (int)error.Start.Column, new YamlMessage("引号或括号结束后，同一行还有多余的内容", "请把整个值都放进引号（或括号）里，或删去多余的内容。"));
        }

        return (line, first + 1, DescribeLine(text[first..]) ?? message);
    }

    /// <summary>
    /// "Invalid mapping" in a multi-line plain text: a line without "key: " ran on into the next line, whose
    /// colon the parser then tripped over. The line to fix is the one above (comments and blank lines aside).
    /// </summary>
    private static (int, int, YamlMessage) LineAbove(YamlException error, YamlContext context, YamlMessage message)
    {
        for (var line = (int)error.Start.Line - 1; line >= 1; line--)
        {
            var text = context.Line(line);
            var first = FirstNonSpace(text);
            if (first < text.Length && text[first] != '#')
            {
                return (line, first + 1, DescribeLine(text[first..]) ?? message);
            }
        }

        return ((int)error.Start.Line, (int)error.Start.Column, message);
    }

    /// <summary>
    /// A colon the parser did not expect: after "key: " on the same line the value itself holds ": ";
    /// otherwise the line is a field indented under a field that already has a value.
    /// </summary>
    private static (int, int, YamlMessage) ColonInValue(YamlException error, YamlContext context, YamlMessage message)
    {
        var line = (int)error.Start.Line;
        var text = context.Line(line);
        var before = text[..Math.Min(text.Length, (int)error.Start.Column - 1)];
        if (before.Contains(": ", StringComparison.Ordinal))
        {
            return (line, (int)error.Start.Column, new YamlMessage("值里出现了“: ”（冒号加空格）", ColonHint));
        }

        var first = FirstNonSpace(text);
        return (line, first < text.Length ? first + 1 : (int)error.Start.Column, message);
    }

    /// <summary>What is wrong with a line meant as "key: value" (from its first non-space), or null if it looks right.</summary>
    private static YamlMessage? DescribeLine(string content)
    {
        if (content == "-" || content.StartsWith("- ", StringComparison.Ordinal))
        {
            return new YamlMessage("这里不能开始一个列表（“- ”），多半是缩进不对", "列表项要写在“字段:”的下一行，并比字段名多缩进两个空格。");
        }

        var comment = content.IndexOf(" #", StringComparison.Ordinal);
        var code = comment >= 0 ? content[..comment] : content;
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            return colon + 1 >= code.Length || code[colon + 1] == ' '
                ? null
                : code[colon + 1] == '\u3000'
                    ? new YamlMessage("冒号后面是全角空格，应为半角空格", NoSpaceAfterColonHint)
                    : new YamlMessage("冒号后面缺少空格", NoSpaceAfterColonHint);
        }

        return code.Contains('：', StringComparison.Ordinal)
            ? new YamlMessage("这一行用了中文冒号“：”", "字段名后面要用英文冒号加一个空格“: ”。")
            : new YamlMessage("这一行缺少冒号“:”", "每个字段都写成“字段: 值”（英文冒号后面跟一个空格）。");
    }
}
