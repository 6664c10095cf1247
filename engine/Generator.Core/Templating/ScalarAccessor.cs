using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace Generator.Templating;

/// <summary>
/// Members and items of a number or a true/false value: there are none, and asking for one is an error.
/// Scriban's own accessor for these answers every member with null when members may be missing (the
/// setting that lets a template test <c>x.y</c> on an object without <c>y</c>), so a misspelt
/// <c>report.year.foo</c> printed nothing at all.
/// </summary>
internal sealed class ScalarAccessor : IObjectAccessor, IListAccessor
{
    public static ScalarAccessor Default { get; } = new();

    private ScalarAccessor()
    {
    }

    public bool HasIndexer => false;

    public Type? IndexType => null;

    public int GetMemberCount(TemplateContext context, ScribanSpan span, object target) => 0;

    public IEnumerable<string> GetMembers(TemplateContext context, ScribanSpan span, object target) => [];

    public bool HasMember(TemplateContext context, ScribanSpan span, object target, string member) => false;

    public bool TryGetValue(TemplateContext context, ScribanSpan span, object target, string member, out object? value) =>
        throw NoMember(context, span, target, member);

    public bool TrySetValue(TemplateContext context, ScribanSpan span, object target, string member, object? value) =>
        throw NoMember(context, span, target, member);

    public bool TryGetItem(TemplateContext context, ScribanSpan span, object target, object index, out object? value) =>
        throw NoItems(context, span, target);

    public bool TrySetItem(TemplateContext context, ScribanSpan span, object target, object index, object? value) =>
        throw NoItems(context, span, target);

    public int GetLength(TemplateContext context, ScribanSpan span, object target) => throw NoItems(context, span, target);

    public object? GetValue(TemplateContext context, ScribanSpan span, object target, int index) => throw NoItems(context, span, target);

    public void SetValue(TemplateContext context, ScribanSpan span, object target, int index, object? value) => throw NoItems(context, span, target);

    private static TemplateException NoMember(TemplateContext context, ScribanSpan span, object target, string member) =>
        new(span, $"{Subject(context, target)}，没有字段 `{member}`",
            "数字和是非值是单个的值，不能再用“.”取字段：请检查是否多写了“." + member + "”，或把前面的字段名写错了（字段名见 docs/data-format.md）。");

    private static TemplateException NoItems(TemplateContext context, ScribanSpan span, object target) =>
        new(span, $"{Subject(context, target)}，不能用 [ ] 取其中的一项",
            "只有列表（如 `report.requests.withheld`、`row.cells`）和文字才能用 [ ] 取其中的一项。");

    /// <summary>“`report.year` 是数字”: the expression before the dot or bracket, as written in the template.</summary>
    private static string Subject(TemplateContext context, object target)
    {
        var what = target is bool ? "是非值" : "数字";
        var expression = MarkupTemplateContext.TargetOf(context.CurrentNode);
        return expression is null ? $"这里是{what}"
            : $"`{(context is MarkupTemplateContext markup ? markup.Code(expression) : TemplateMessages.Quote(expression))}` 是{what}";
    }
}
