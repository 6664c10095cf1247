using System.Text.RegularExpressions;

namespace Generator.Templating;

/// <summary>Chinese wording for Scriban's most common messages; others keep Scriban's text after a Chinese lead.</summary>
internal static partial class TemplateMessages
{
    public static string Translate(string message)
    {
        var m = NotFound().Match(message);
        if (m.Success)
        {
            return $"找不到变量或函数 `{m.Groups[1].Value}`（请检查拼写；数据字段名见 docs/data-format.md）";
        }

        if (message.Contains("statement was not found", StringComparison.Ordinal))
        {
            return "if、for、while 等语句缺少对应的 {{ end }}";
        }

        if (message.Contains("Unexpected", StringComparison.Ordinal) && message.Contains("no matching", StringComparison.Ordinal))
        {
            return "出现了多余的 }}，没有对应的 {{";
        }

        if (message.Contains("Exceeding number of iteration limit", StringComparison.Ordinal))
        {
            return "循环次数超过上限，模板中可能有死循环";
        }

        if (message.Contains("Exceeding recursive depth limit", StringComparison.Ordinal))
        {
            return "模板嵌套或递归层数超过上限";
        }

        if (message.Contains("output", StringComparison.OrdinalIgnoreCase) && message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return "模板输出超过上限";
        }

        return message.Any(c => c > 0x2E80) ? message : $"（Scriban：{message}）";
    }

    [GeneratedRegex("The variable or function `([^`]*)` was not found")]
    private static partial Regex NotFound();
}
