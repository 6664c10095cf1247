using System.Text.RegularExpressions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating;

/// <summary>
/// What a template author reads when a template fails, in Chinese: the engine's own errors
/// (<see cref="TemplateException"/>, <see cref="TemplateFunctionException"/>) as they are, Scriban's messages
/// through <see cref="ScribanMessages"/>, errors of .NET inside a builtin by their kind, and for anything
/// else a Chinese sentence without the English. Nothing of Scriban's or .NET's English reaches the user.
/// </summary>
internal static partial class TemplateMessages
{
    public const string LoopHint = ScribanMessages.LoopHint;

    /// <summary>Longest template text or name quoted in a message.</summary>
    private const int QuoteLength = 80;

    /// <summary>
    /// Messages are matched only this far. A hole can hold a whole value's .NET text (Scriban writes
    /// <c>-report</c>'s error with the report's record dump), some ten KB; matching is linear in any case.
    /// </summary>
    private const int MatchLength = 256 * 1024;

    /// <summary>How long reading the holes of the one matching message may take (a backtracking match).</summary>
    private static readonly TimeSpan HoleTimeout = TimeSpan.FromMilliseconds(200);

    private static readonly (string Message, string Hint) SyntaxFallback =
        ("模板这一处的写法无法识别", ScribanMessages.SyntaxHint);

    private static readonly (string Message, string Hint) RuntimeFallback =
        ("模板运行到这一处时出错：这里用到的值或函数的参数不合适",
            "常见的原因：函数的参数种类不对（如把文字交给需要数字的函数）、值是空白、数字超出范围。" + ScribanMessages.GeneralHint);

    private static readonly Lazy<Entry[]> Entries = new(() => [.. ScribanMessages.All.Select(Compile)]);

    /// <summary>
    /// The syntax names and examples Scriban puts around a parser message (“Error while parsing if statement: …
    /// in: if &lt;expression&gt; …”), from its <see cref="ScriptSyntaxAttribute"/>s; a node without one gives its
    /// class name and “...”. Listed, not reflected (the native executable is trimmed); a test compares the two.
    /// </summary>
    internal static IReadOnlyList<(string Name, string Example)> Syntaxes { get; } =
    [
        ("array initializer", "[item1, item2,...]"), ("assign expression", "<target_expression> = <value_expression>"),
        ("binary expression", "<expression> operator <expression>"), ("block statement", "<statement>...end"), ("break statement", "break"),
        ("capture statement", "capture <variable> ... end"), ("case statement", "case <expression> ... end|when|else"),
        ("conditional expression", "<condition> ? <then_value> : <else_value>"), ("continue statement", "continue"),
        ("else statement", "else | else if <expression> ... end|else|else if"), ("empty expression", "<expression>.empty?"),
        ("end statement", "end"), ("expression statement", "<expression>"), ("for statement", "for <variable> in <expression> ... end"),
        ("function call expression", "<target_expression> <arguemnt[0]> ... <arguement[n]>"), ("function statement", "func <variable> ... end"),
        ("if statement", "if <expression> ... end|else|else if"), ("import statement", "import <expression>"),
        ("increment/decrement expression", "<operator> <expression> or <expression> <operator>"),
        ("indexer expression", "<expression>[<index_expression>]"), ("interpolated expression", "{<expression>}"),
        ("interpolated string expression", "$\"string{<expression>}string\""), ("literal", "<value>"),
        ("member expression", "<expression>.<variable_name>"), ("nested expression", "(<expression>)"),
        ("object initializer expression", "{ member1: <expression>, member2: ... }"), ("pipe expression", "<expression> | <expression>"),
        ("raw statement", "<raw_text>"), ("readonly statement", "readonly <variable>"), ("return statement", "return <expression>?"),
        ("this expression", "this"), ("unary expression", "<operator> <expression>"), ("variable", "<variable_name>"),
        ("when statement", "when <expression> ... end|when|else"), ("while statement", "while <expression> ... end"),
        ("with statement", "with <variable> ... end"), ("wrap statement", "wrap <function_call> ... end"), ("{{ or }}", "{{ or }}"),
    ];

    private static readonly Dictionary<string, string> SyntaxNames = new(StringComparer.Ordinal)
    {
        ["if statement"] = "if 语句", ["else statement"] = "else 语句", ["for statement"] = "for 语句", ["while statement"] = "while 语句",
        ["case statement"] = "case 语句", ["when statement"] = "when 语句", ["capture statement"] = "capture 语句",
        ["function statement"] = "func 语句", ["readonly statement"] = "readonly 语句", ["import statement"] = "import 语句",
        ["with statement"] = "with 语句", ["wrap statement"] = "wrap 语句", ["return statement"] = "ret 语句",
        ["assign expression"] = "赋值", ["binary expression"] = "运算", ["function call expression"] = "函数调用",
        ["array initializer"] = "列表", ["object initializer expression"] = "对象", ["indexer expression"] = "下标",
        ["member expression"] = "字段", ["nested expression"] = "括号", ["pipe expression"] = "管道 |", ["unary expression"] = "正负号",
        ["conditional expression"] = "条件表达式", ["interpolated string expression"] = "$\"…\" 字符串", ["interpolated expression"] = "$\"…\" 字符串",
    };

    private static readonly (string Message, string Hint) OutOfRange = ("下标或位置超出了范围",
        "请检查 [ ] 中的下标和函数中表示位置、长度的参数：下标从 0 数起，不能超过项数或字数。");

    /// <param name="Pattern">Whether a message is this one, in time linear in its length.</param>
    /// <param name="Holes">The same pattern, for reading the holes (backtracking finds the same split as Scriban's text reads).</param>
    /// <param name="Literal">How much of the English is fixed text, not holes: the longer, the more specific.</param>
    private sealed record Entry(string English, Regex Pattern, Lazy<Regex> Holes, int Literal, string Chinese, string Hint);

    /// <summary>Whether <paramref name="english"/>, written as in Scriban's source, has its own translation.</summary>
    public static bool Knows(string english) => Entries.Value.Any(e => e.English == english);

    /// <summary>A message of Scriban's lexer or parser.</summary>
    public static (string Message, string Hint) ExplainSyntax(string message) => Translate(message) ?? SyntaxFallback;

    /// <summary>An error while a template runs.</summary>
    public static (string Message, string Hint) Explain(ScriptRuntimeException error)
    {
        if (error is TemplateException own)
        {
            return (own.OriginalMessage, own.Hint);
        }

        for (var inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is TemplateFunctionException function)
            {
                return (function.Message, function.Hint);
            }

            if (inner is ScriptRuntimeException scriban)
            {
                return Explain(scriban);
            }

            // Scriban's own InvalidOperationException ("The object is readonly"), or .NET's.
            if ((Translate(inner.Message) ?? OfDotNet(inner)) is { } known)
            {
                return known;
            }
        }

        return Translate(error.OriginalMessage) ?? OfDotNet(error.OriginalMessage) ?? RuntimeFallback;
    }

    /// <summary>Template code as a message quotes it: one line, at most <see cref="QuoteLength"/> characters.</summary>
    public static string Quote(ScriptNode node) => Quote(node.ToString());

    public static string Quote(string text)
    {
        // Long code keeps its start and its end: the end of report.….zzz is what went wrong.
        var line = WhiteSpace().Replace(text, " ").Trim().Replace('`', '\'');
        return line.Length <= QuoteLength ? line : line[..(QuoteLength / 2)] + "…" + line[^(QuoteLength / 2)..];
    }

    /// <summary>The Chinese for a message of Scriban, or null when it is not one of <see cref="ScribanMessages.All"/>.</summary>
    internal static (string Message, string Hint)? Translate(string message)
    {
        message = ParameterName().Replace(message, string.Empty);
        if (message.Length > MatchLength)
        {
            message = message[..MatchLength];
        }

        if (Unwrap(message) is { } wrapped)
        {
            return wrapped;
        }

        // The most specific entry that matches: "Unexpected token {…}" matches every message that starts so.
        Entry? best = null;
        foreach (var entry in Entries.Value)
        {
            if ((best is null || entry.Literal > best.Literal) && entry.Pattern.IsMatch(message))
            {
                best = entry;
            }
        }

        if (best is null)
        {
            return null;
        }

        try
        {
            return (Fill(best.Chinese, best.Holes.Value.Match(message)), best.Hint);
        }
        catch (RegexMatchTimeoutException)
        {
            return (Hole().Replace(best.Chinese, "…"), best.Hint);
        }
    }

    /// <summary>“Error while parsing if statement: &lt;message&gt; in: &lt;example&gt;”: the inner message, and in which statement.</summary>
    private static (string Message, string Hint)? Unwrap(string message)
    {
        const string Prefix = "Error while parsing ";
        if (!message.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = message[Prefix.Length..];
        var colon = rest.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return SyntaxFallback;
        }

        // The syntax name has no colon; the example is the listed one, or "..." for a node without one.
        var name = rest[..colon];
        rest = rest[(colon + 2)..];
        var example = Syntaxes.FirstOrDefault(s => s.Name == name).Example ?? "...";
        foreach (var suffix in new[] { " in: " + example, ": " + example })
        {
            if (rest.EndsWith(suffix, StringComparison.Ordinal))
            {
                var (inner, hint) = Translate(rest[..^suffix.Length]) ?? SyntaxFallback;
                return (SyntaxNames.TryGetValue(name, out var where) ? $"{inner}（{where}）" : inner, hint);
            }
        }

        return SyntaxFallback;
    }

    private static readonly (string Message, string Hint) DivideByZero = ("除数为 0", "请先判断除数不为 0，如 {{ if n != 0 }}…{{ end }}。");
    private static readonly (string Message, string Hint) Overflow = ("数字超出了可以计算的范围", "请检查这里的数字是否过大，或是否把很大的数相乘。");
    private static readonly (string Message, string Hint) BadFormat = ("数字或格式的写法不对",
        "请检查 `math.format` 的格式（如 \"0.00\"、\"N2\"），或要转换成数字的文字。");
    private static readonly (string Message, string Hint) NullValue = ("用到了空白的值", ScribanMessages.BlankHint);

    /// <summary>Errors of .NET itself inside a builtin (<c>math.round 1.5 100</c>), by their message or their kind.</summary>
    private static (string Message, string Hint)? OfDotNet(Exception error) => OfDotNet(error.Message) ?? error switch
    {
        DivideByZeroException => DivideByZero,
        OverflowException => Overflow,
        IndexOutOfRangeException or ArgumentOutOfRangeException => OutOfRange,
        FormatException => BadFormat,
        NullReferenceException or ArgumentNullException => NullValue,
        InsufficientExecutionStackException => ("模板嵌套或递归层数过深", "请检查函数的递归是否有出口。"),
        _ => null,
    };

    /// <summary>
    /// The same by the message alone: Scriban passes a builtin's <see cref="ArgumentException"/>, and an
    /// arithmetic error, on as the message without the exception. The messages of .NET 10 that the allowed
    /// builtins and the operators can give.
    /// </summary>
    private static (string Message, string Hint)? OfDotNet(string message) => message switch
    {
        _ when message.StartsWith("Index was out of range", StringComparison.Ordinal)
            || message.StartsWith("Index was outside the bounds", StringComparison.Ordinal)
            || message.StartsWith("Index and count must refer to a location", StringComparison.Ordinal)
            || message.StartsWith("Index and length must refer to a location", StringComparison.Ordinal)
            || message.StartsWith("Count must be positive", StringComparison.Ordinal)
            || message.StartsWith("StartIndex cannot be", StringComparison.Ordinal)
            || message.StartsWith("Length cannot be less than zero", StringComparison.Ordinal)
            || message.StartsWith("Non-negative number required", StringComparison.Ordinal) => OutOfRange,
        _ when message.StartsWith("Rounding digits must be between", StringComparison.Ordinal) =>
            ("保留的小数位数超出了范围", "`math.round` 的第二个参数是保留的小数位数，应在 0 到 15 之间。"),
        _ when message.StartsWith("Value cannot be null", StringComparison.Ordinal)
            || message.StartsWith("Object reference not set to an instance", StringComparison.Ordinal) => NullValue,
        _ when message.StartsWith("The value cannot be an empty string", StringComparison.Ordinal) =>
            ("要查找或替换的文字不能是空白", "`string.replace` 等函数的第二个参数是要查找的文字，不能是空白 \"\"。"),
        _ when message.StartsWith("Format specifier was invalid", StringComparison.Ordinal) => BadFormat,
        _ when message.StartsWith("Attempted to divide by zero", StringComparison.Ordinal) => DivideByZero,
        _ when message.StartsWith("Failed to compare two elements", StringComparison.Ordinal) =>
            ("列表中的值无法互相比较", "排序的列表中只能都是数字或都是文字，不能混在一起。"),
        _ when message.StartsWith("Arithmetic operation resulted in an overflow", StringComparison.Ordinal)
            || message.StartsWith("Value was either too large or too small", StringComparison.Ordinal) => Overflow,
        _ when message.StartsWith("Input string was not in a correct format", StringComparison.Ordinal)
            || message.StartsWith("The input string '", StringComparison.Ordinal) => BadFormat,
        _ => null,
    };

    private static Entry Compile((string English, string Chinese, string Hint) entry)
    {
        var pattern = new System.Text.StringBuilder("^");
        var text = entry.English;
        var literal = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '{' or '}' && i + 1 < text.Length && text[i + 1] == text[i])
            {
                pattern.Append(Regex.Escape(text[i].ToString()));
                literal++;
                i++;
            }
            else if (text[i] == '{')
            {
                i = text.IndexOf('}', i);
                pattern.Append("(.*?)");
            }
            else
            {
                pattern.Append(Regex.Escape(text[i].ToString()));
                literal++;
            }
        }

        var source = pattern.Append('$').ToString();
        return new Entry(entry.English, new Regex(source, RegexOptions.Singleline | RegexOptions.NonBacktracking),
            new Lazy<Regex>(() => new Regex(source, RegexOptions.Singleline, HoleTimeout)), literal, entry.Chinese, entry.Hint);
    }

    /// <summary>Puts the holes of the English into the Chinese: <c>%2%</c>, <c>%2:type%</c>, <c>%2:fn%</c>.</summary>
    private static string Fill(string chinese, Match match) => Hole().Replace(chinese, hole =>
    {
        var value = match.Groups[int.Parse(hole.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)].Value;
        var quoted = hole.Groups["q"].Success;
        if (value.Trim().Length == 0)
        {
            // Scriban names the end of the text (or an invisible token) with nothing at all.
            return "空白内容";
        }

        var text = hole.Groups["t"].Value switch
        {
            "type" => TypeWords(value),
            "fn" => StandardMemberRenamer.Rename(value),
            "size" => Size(value),
            "target" => Quote(value[..Math.Max(0, value.LastIndexOf('.'))]),
            "member" => Quote(value[(value.LastIndexOf('.') + 1)..]),
            _ => Quote(value),
        };
        return quoted ? $"`{text}`" : text;
    });

    /// <summary>A limit in characters as the documentation states it: 65536 is “64 KB”, 4194304 is “4 MB”.</summary>
    private static string Size(string characters) => long.TryParse(characters, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 && n % 1024 == 0
        ? n % (1024 * 1024) == 0 ? $"{n / 1024 / 1024} MB" : $"{n / 1024} KB"
        : $"{Quote(characters)} 个字符";

    /// <summary>A type name in a message (<c>string</c>, <c>System.Int32</c>, <c>IEnumerable&lt;FigureRow&gt;</c>) in words.</summary>
    private static string TypeWords(string name)
    {
        // "int" of "... between array and int. Expecting an array ...": the hole may take the text after it.
        name = TypeName().Replace(name.Split(' ')[0].TrimEnd('.'), string.Empty);
        return TemplateValueKinds.ScribanName(name[(name.LastIndexOf('.') + 1)..]);
    }

    /// <summary>A hole in the Chinese, with the backticks around it if it has them.</summary>
    [GeneratedRegex(@"(?<q>`)?%(?<n>\d+)(?::(?<t>\w+))?%(?(q)`)")]
    private static partial Regex Hole();

    /// <summary>A generic type's arity and arguments (<c>`1[…]</c>, <c>&lt;…&gt;</c>).</summary>
    [GeneratedRegex(@"(`\d+.*|<.*)$")]
    private static partial Regex TypeName();

    /// <summary>What .NET appends to an <see cref="ArgumentException"/>'s message: “ (Parameter 'width')”.</summary>
    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)$")]
    private static partial Regex ParameterName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
