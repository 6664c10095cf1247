using System.Reflection;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating.Functions;

/// <summary>A template function of two arguments, called through a typed delegate (see <see cref="TypedFunction{T, TResult}"/>).</summary>
internal sealed class TypedFunction<T1, T2, TResult>(Func<T1, T2, TResult> function, MethodInfo method) : TypedFunctionBase(method)
{
    internal override Delegate Function => function;

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        return function(
            (T1)Argument(context, callerContext, arguments, typeof(T1), 0)!,
            (T2)Argument(context, callerContext, arguments, typeof(T2), 1)!);
    }
}
