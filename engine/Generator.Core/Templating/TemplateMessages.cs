using System.Text.RegularExpressions;

namespace Generator.Templating;

/// <summary>
/// Chinese wording and a hint for Scriban's most common messages; others keep Scriban's text after a
/// Chinese lead. The limits (<see cref="ReportTemplateRenderer"/>) each get their own words, so a
/// template editor sees which limit was hit and what usually causes it.
/// </summary>
internal static partial class TemplateMessages
{
    private const string GeneralHint = "请对照 docs/templates.md 检查这一处的写法。";
    private const string LoopHint = "请检查循环的结束条件（while 的条件是否会变为假）和函数的递归是否有出口。";

    public static string Translate(string message) => Explain(message).Message;

    public static (string Message, string Hint) Explain(string message)
    {
        var m = NotFound().Match(message);
        if (m.Success)
        {
            return ($"找不到变量或函数 `{m.Groups[1].Value}`（请检查拼写；数据字段名见 docs/data-format.md）",
                "模板只能使用 report、bureau、format、docs/templates.md 所列的函数和 Scriban 的部分内置函数。");
        }

        if (message.Contains("`Eof`", StringComparison.Ordinal))
        {
            return ("模板在文件末尾意外结束：{{ 没有对应的 }}，或 . 后面缺少字段名", GeneralHint);
        }

        if (message.Contains("statement was not found", StringComparison.Ordinal))
        {
            return ("if、for、while 等语句缺少对应的 {{ end }}", GeneralHint);
        }

        if (message.Contains("Unexpected", StringComparison.Ordinal) && message.Contains("no matching", StringComparison.Ordinal))
        {
            return ("出现了多余的 }}，没有对应的 {{", GeneralHint);
        }

        if (message.Contains("iteration limit", StringComparison.Ordinal) || message.Contains("exceeds LoopLimit", StringComparison.Ordinal))
        {
            return ($"循环次数超过上限（{ReportTemplateRenderer.LoopLimit} 次），模板中可能有死循环", LoopHint);
        }

        if (message.Contains("recursive depth limit", StringComparison.Ordinal))
        {
            return ($"模板嵌套或递归层数超过上限（{ReportTemplateRenderer.RecursiveLimit} 层）",
                "请检查 include 是否引用了自己（直接或间接），函数的递归是否有出口。");
        }

        if (message.Contains("OutputLimit", StringComparison.Ordinal))
        {
            return ($"模板输出超过上限（{ReportTemplateRenderer.OutputLimit / 1024 / 1024} MB），模板中可能有失控的循环", LoopHint);
        }

        if (message.Contains("LimitToString", StringComparison.Ordinal))
        {
            return ($"模板生成的文字过长（超过 {ReportTemplateRenderer.StringLimit / 1024} KB），例如在循环中把文字反复加长", LoopHint);
        }

        if (message.Contains("readonly", StringComparison.Ordinal))
        {
            return ("Scriban 的内置函数和模板函数不能修改或添加成员",
                "要保存中间结果，请用自己的变量，如 {{ total = 0 }}；内置的 string、math、array、object 等只能调用。");
        }

        if (message.StartsWith("找不到被引用的模板", StringComparison.Ordinal))
        {
            return (message, "写 {{ include '名字' }}，名字是同一文件夹或 common/ 中模板的文件名，不带 .scriban，也不带路径。");
        }

        if (message.Contains("不是可用的字段", StringComparison.Ordinal))
        {
            return (message, "模板只能读取数据字段（见 docs/templates.md 的“数据”一节），不能调用 .NET 的方法或属性。");
        }

        if (message.Contains("模板运行步数", StringComparison.Ordinal))
        {
            return (message, LoopHint);
        }

        return (message.Any(c => c > 0x2E80) ? message : $"（Scriban：{message}）", GeneralHint);
    }

    [GeneratedRegex("The variable or function `([^`]*)` was not found")]
    private static partial Regex NotFound();
}
