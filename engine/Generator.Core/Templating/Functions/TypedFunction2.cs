using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating.Functions;

/// <summary>A template function of two arguments, called through a typed delegate (see <see cref="TypedFunction{T, TResult}"/>).</summary>
internal sealed class TypedFunction<T1, T2, TResult>(Func<T1, T2, TResult> function) : DynamicCustomFunction(function.Method)
{
    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        return function(
            (T1)ConvertArgument(context, span, arguments[0], typeof(T1), 0)!,
            (T2)ConvertArgument(context, span, arguments[1], typeof(T2), 1)!);
    }
}
