using System.Collections.Concurrent;
using Generator.Data.Yaml;
using Generator.Document.Building;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating;

/// <summary>
/// A Scriban context that escapes every value a template prints (<c>{{ … }}</c>) for the document
/// markup. Escaping by default means a template author cannot forget it: text from YAML can never
/// turn into a heading, a table cell boundary or a link. It also counts evaluation steps: Scriban's
/// loop and recursion limits bound each loop and each call chain, but not a function that calls
/// itself twice per level (2^32 calls within the recursion limit), which only a total budget stops.
/// Templates are untrusted, so it refuses what Scriban lets pass: printing or joining a value that has
/// no text of its own (<see cref="TemplateValues"/>), and any field of a number (<see cref="ScalarAccessor"/>).
/// </summary>
internal sealed class MarkupTemplateContext : TemplateContext
{
    /// <summary>How printed values are escaped: <see cref="Markup.Escape"/> for the report's markup, XML escaping for the SVG graphic.</summary>
    private readonly Func<string, string> _escape;

    /// <summary>
    /// Member accessors by .NET type, shared by every context: Scriban keeps them per context, so each
    /// report reflected over the model's types again (about a tenth of its template time). Sharing is
    /// sound because every context is set up with the same member filter and renamer (see
    /// <see cref="ReportTemplateRenderer"/>), and an accessor is read-only once built.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> Accessors = new();

    private static readonly System.Reflection.Assembly Engine = typeof(MarkupTemplateContext).Assembly;

    /// <summary>How many of a value's fields a message lists.</summary>
    private const int ListedFields = 12;

    private readonly long _stepLimit;
    private long _steps;

    /// <summary>The node evaluated last: after a statement, the statement whose value is written next.</summary>
    private ScriptNode? _evaluated;

    /// <summary>The template text of a span, to quote code in messages as it was written.</summary>
    public Func<SourceSpan, string?>? SourceText { get; init; }

    public MarkupTemplateContext(ScriptObject builtins, long stepLimit, Func<string, string>? escape = null) : base(builtins)
    {
        _stepLimit = stepLimit;
        _escape = escape ?? Markup.Escape;

        // A misspelt member is an error, as a misspelt variable is with StrictVariables.
        TryGetMember = MissingMember;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        string text => base.Write(span, _escape(text)),
        RawMarkup raw => base.Write(span, raw.Text),
        null => this,
        _ when TemplateValues.IsPrintable(textAsObject) => base.Write(span, _escape(base.ObjectToString(textAsObject) ?? string.Empty)),
        _ => throw NotPrintable(textAsObject),
    };

    /// <summary>Every other way a value becomes text: <c>+</c> with text, comparing with text, a function that wants text.</summary>
    public override string? ObjectToString(object? value, bool nested = false) =>
        TemplateValues.IsPrintable(value) ? base.ObjectToString(value, nested) : throw NotText(value, CurrentSpan);

    /// <summary>
    /// A value as the type a function or operator wants. Scriban converts a function's arguments before
    /// calling it and says “Unable to convert type `string` to `Money`” when it cannot: the error names the
    /// function and what it wants in words instead.
    /// </summary>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType)
    {
        try
        {
            return base.ToObject(span, value, destinationType);
        }
        catch (ScriptRuntimeException e) when (e is not TemplateException)
        {
            var (wanted, given) = (TemplateValueKinds.NameOf(destinationType), TemplateValueKinds.Describe(value).Name);
            throw new TemplateException(span, CurrentNode is ScriptFunctionCall { Target: { } target }
                    ? $"`{Code(target)}` 的参数应是{wanted}，这里给的是{given}"
                    : $"这里需要{wanted}，却给了{given}",
                "函数名后面用空格隔开各个参数，不加括号和逗号；各函数的参数见 docs/templates.md。");
        }
    }

    /// <summary>Model objects are <c>object</c> to templates (<c>object.kind</c>), never their .NET class name.</summary>
    public override string GetTypeName(object? value) => value switch
    {
        null or Type => base.GetTypeName(value),
        Enum when value.GetType().Assembly == Engine => "enum",
        _ when value.GetType().Assembly == Engine => "object",
        _ => base.GetTypeName(value),
    };

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (++_steps > _stepLimit)
        {
            throw new TemplateException(scriptNode?.Span ?? CurrentSpan, $"模板运行步数超过上限（{_stepLimit} 步），模板中可能有失控的循环或递归", TemplateMessages.LoopHint);
        }

        var result = base.Evaluate(scriptNode, aliasReturnedFunction);
        _evaluated = scriptNode;

        // A part of $"…{x}…" is appended with .NET's ToString (a model object's record dump, True, a list's
        // type name), not through ObjectToString: give the string to append instead, checked like any text.
        return scriptNode is ScriptInterpolatedExpression part
            ? TemplateValues.IsPrintable(result) ? base.ObjectToString(result) : throw NotText(result, part.Span)
            : result;
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        Accessors.GetOrAdd(target.GetType(), static (_, state) => state.Context.Base(state.Target), (Context: this, Target: target));

    protected override IListAccessor? GetListAccessorImpl(object target, Type type) =>
        IsScalar(type) ? ScalarAccessor.Default : base.GetListAccessorImpl(target, type);

    /// <summary>Numbers and true/false have no members (Scriban's own accessor answers every member with null).</summary>
    private static bool IsScalar(Type type) => type.IsPrimitive || type == typeof(decimal) || type == typeof(System.Numerics.BigInteger);

    private IObjectAccessor? Base(object target) =>
        IsScalar(target.GetType()) ? ScalarAccessor.Default : base.GetMemberAccessorImpl(target);

    /// <summary>The error for printing a value that has no text: where it is printed, what it is, and what to write.</summary>
    private TemplateException NotPrintable(object value)
    {
        var node = _evaluated is ScriptExpressionStatement { Expression: { } expression } ? expression : _evaluated;
        var kind = TemplateValueKinds.Describe(value);
        var what = node is null ? "这个值" : $"`{Code(node)}`";
        return new TemplateException(node?.Span ?? CurrentSpan, $"不能直接输出 {what}：它是{kind.Name}，只有文字、数字和金额可以输出",
            Join(kind.Hint, FieldsOf(value)));
    }

    private TemplateException NotText(object? value, SourceSpan span)
    {
        var kind = TemplateValueKinds.Describe(value);
        return new TemplateException(span, $"这里把{kind.Name}当作文字使用：只有文字、数字和金额可以连成句子、与文字比较或交给需要文字的函数",
            Join(kind.Hint, FieldsOf(value)));
    }

    /// <summary>
    /// Scriban found no member of that name (a model object, a list, text, a builtin group such as
    /// <c>string</c>): an error naming what was asked of what, and the members there are.
    /// </summary>
    private bool MissingMember(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        value = null;
        var expression = TargetOf(context.CurrentNode);
        var subject = expression is null ? "这里" : $"`{Code(expression)}`";
        if (target is ScriptObject group && TemplateBuiltins.IsGroup(group))
        {
            throw new TemplateException(span, $"没有内置函数 `{(expression is null ? string.Empty : Code(expression) + ".")}{member}`，或这个函数不提供给模板使用",
                "可用的内置函数见 docs/templates.md 的“限制”一节：不提供 date、regex、object.eval、eval_template 等。");
        }

        var kind = target switch
        {
            string => "文字",
            System.Collections.IList => "一组值（列表）",
            _ => null,
        };
        var names = FieldNames(target);
        var closest = names.Where(n => EditDistance.Compute(n, member) <= Math.Max(1, member.Length / 3))
            .OrderBy(n => EditDistance.Compute(n, member)).FirstOrDefault();
        var message = kind is null
            ? $"{subject} 没有字段 `{member}`{(closest is null ? string.Empty : $"（是不是 `{closest}`？）")}"
            : $"{subject} 是{kind}，没有字段 `{member}`";
        var hint = target switch
        {
            string => "文字只有 .size（字数）一项；处理文字请用 string 的函数，如 `string.size`、`string.replace`。",
            System.Collections.IList => "列表只有 .size（项数）一项；要取其中一项，请写 `列表[0]`（从 0 数起），或用 for 逐项处理。",
            _ => Join("模板只能读取数据字段（字段名见 docs/data-format.md），不能调用 .NET 的方法或属性。", FieldsOf(target)),
        };
        throw new TemplateException(span, message, hint);
    }

    /// <summary>
    /// What a member or an item is asked of, as written: <c>report.year</c> of <c>report.year.foo</c>, also
    /// when it is assigned to (<c>x.y = 2</c>, where the node being run is the assignment).
    /// </summary>
    internal static ScriptExpression? TargetOf(ScriptNode? node) => node switch
    {
        ScriptMemberExpression member => member.Target,
        ScriptIndexerExpression indexer => indexer.Target,
        ScriptAssignExpression assign => TargetOf(assign.Target),
        _ => null,
    };

    /// <summary>“它的字段有：a、b、c” for a model object or a Scriban object; empty for anything else.</summary>
    private string FieldsOf(object? value)
    {
        if (value is null or string or IScriptCustomFunction or System.Collections.IList || (value is System.Collections.IEnumerable && value is not IScriptObject))
        {
            return string.Empty;
        }

        var names = FieldNames(value);
        return names.Count == 0 ? string.Empty
            : $"它的字段有：{string.Join("、", names.Take(ListedFields).Select(n => $"`{n}`"))}{(names.Count > ListedFields ? " 等" : string.Empty)}。";
    }

    private List<string> FieldNames(object target)
    {
        try
        {
            return [.. GetMemberAccessor(target).GetMembers(this, CurrentSpan, target).Order(StringComparer.Ordinal)];
        }
        catch (ScriptRuntimeException)
        {
            return [];
        }
    }

    /// <summary>Template code for a message: as written when the text is at hand, else as Scriban prints the node.</summary>
    public string Code(ScriptNode node) => TemplateMessages.Quote(SourceText?.Invoke(node.Span) ?? node.ToString());

    private static string Join(string first, string second) =>
        first.Length == 0 ? second : second.Length == 0 ? first : first + second;
}
