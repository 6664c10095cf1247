using System.Reflection;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating.Functions;

/// <summary>
/// A template function of one argument, called through a typed delegate. Scriban's import wraps a
/// method so that every call goes through <c>MethodInfo.Invoke</c>, which in the native executable is
/// its slowest path (about a tenth of template time: a report calls <c>row_cells</c> some fifty
/// times). The base class still describes the method, so Scriban checks the argument count and
/// converts the argument exactly as it does for an imported method.
/// </summary>
/// <param name="method">The method <paramref name="function"/> calls (see <see cref="TypedFunctionBase.MethodOf"/>).</param>
internal sealed class TypedFunction<T, TResult>(Func<T, TResult> function, MethodInfo method) : TypedFunctionBase(method)
{
    internal override Delegate Function => function;

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        return function((T)Argument(context, callerContext, arguments, typeof(T), 0)!);
    }
}
