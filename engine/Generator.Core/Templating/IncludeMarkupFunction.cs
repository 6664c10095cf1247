using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating;

/// <summary>
/// Wraps Scriban's <c>include</c> so that the output of a partial template, which is markup already,
/// is not escaped a second time by <see cref="MarkupTemplateContext"/>.
/// </summary>
internal sealed class IncludeMarkupFunction(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(RawMarkup);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new RawMarkup(include.Invoke(context, callerContext, arguments, blockStatement) as string ?? string.Empty);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
