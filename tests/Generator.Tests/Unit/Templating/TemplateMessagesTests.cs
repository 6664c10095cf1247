using System.Text.RegularExpressions;
using Generator.Templating;
using Scriban.Syntax;

namespace Generator.Tests.Unit.Templating;

/// <summary>
/// No English from Scriban (or from .NET inside a builtin) reaches a template author: every message Scriban
/// 7.5.3 can give (ScribanMessages.txt) is told in Chinese, each one that a template can cause is caused here
/// by a small template, and the others are listed with the reason no template reaches them.
/// </summary>
public sealed class TemplateMessagesTests
{
    /// <summary>
    /// For each message: Scriban's own text for the template (its parser's, or what it stops with when run
    /// under the engine's settings without the engine's checks), the template, and a part of the Chinese the
    /// user reads. Where a check of the engine runs before Scriban's (printing, members of a number, function
    /// arguments), the Chinese is that check's, and Scriban's text shows what it replaces.
    /// </summary>
    public static TheoryData<string, string, string> Provoked { get; } = new()
    {
        // Lexer: numbers, strings and braces.
        { "Expecting at least one digit after the exponent", "{{ 1e }}", "数字的指数部分（e 后面）缺少数字" },
        { "Invalid binary number, expecting at least a binary digit 0 or 1 after 0b", "{{ 0b }}", "0b 后面应是二进制数字" },
        { "Invalid hex number, expecting at least a hex digit [0-9a-fA-F] after 0x", "{{ 0x }}", "0x 后面应是十六进制数字" },
        { "Unexpected hex number `Z` following `\\u`. Expecting `\\u0000` to `\\uffff`.", "{{ \"\\uZZZZ\" }}", "\\u 后面应是 4 位十六进制数字，这里是 `Z`" },
        { "Unexpected hex number `Z` following `\\x`. Expecting `\\x00` to `\\xff`", "{{ \"\\xZZ\" }}", "\\x 后面应是 2 位十六进制数字，这里是 `Z`" },
        { "Unexpected escape character `q` in string. Only 0 ' \\ \" b f n r t v u0000-uFFFF x00-xFF are allowed", "{{ \"\\q\" }}", "反斜杠 \\ 后面跟了不能识别的 `q`" },
        { "Unexpected escape character `q` in string", "{{ '\\q' }}", "反斜杠 \\ 后面跟了不能识别的 `q`" },
        { "Unexpected end of file while parsing a string not terminated by a \"", "{{ \"abc }}", "字符串缺少结尾的引号 \"" },
        { "Unexpected end of file while parsing a verbatim string not terminated by a `", "{{ `abc }}", "字符串缺少结尾的反引号" },
        { "Unexpected } while no matching {", "{{ } }}", "出现了多余的 }，前面没有对应的 {" },
        { "Unable to parse double value `1.5e999m`", "{{ 1.5e999m }}", "无法识别数字 `1.5e999m`" },
        { "Unable to parse the integer 1e999999999999", "{{ 1e999999999999 }}", "无法识别整数 `1e999999999999`" },

        // Parser: statements.
        { "Unexpected token )", "{{ ) }}", "出现了无法识别的 `)`" },
        { "Invalid token found `}`. Expecting <EOL>/end of line.", "{{ x = { a: 1 } } }}", "语句后面多出了 `}`" },
        { "Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if", "{{ if true }}", "if、for、while 等语句缺少对应的 {{ end }}（if 语句）" },
        { "Error while parsing ScriptPage: Found <end> statement without a corresponding beginning of a block in: ...", "{{ end }}", "多了一个 {{ end }}" },
        { "A else condition must be preceded by another if/else/when condition or a for loop.", "{{ else }}", "else 前面没有对应的 if" },
        { "Invalid if/else combination within a for statement.", "{{ for x in [] }}{{ else if true }}{{ end }}", "for 循环中 if 和 else 的组合写法不对" },
        { "A `when` condition must be preceded by another `when`/`else`/`case` condition", "{{ when 1 }}", "when 前面没有对应的 case" },
        { "When is expecting at least one value.", "{{ case 1 }}{{ when }}{{ end }}", "when 后面缺少要比较的值" },
        { "Unexpected statement/expression `x` in the body of a `case` statement. Only `when`/`else` are expected.", "{{ case 1 }}{{ x }}{{ when 1 }}{{ end }}", "case 和第一个 when 之间出现了 `x`" },
        { "Error while parsing for statement: Expecting 'in' word instead of `of` in: for <variable> in <expression> ... end", "{{ for x of [1] }}{{ end }}", "for 语句缺少 in，这里是 `of`" },
        { "Error while parsing for statement: Expecting a variable instead of `1` in: for <variable> in <expression> ... end", "{{ for 1 in [1] }}{{ end }}", "这里应是一个变量名，却是 `1`（for 语句）" },
        { "Error while parsing readonly statement: Unexpected variable `true` in: readonly <variable>", "{{ readonly true }}", "这里不能写 `true`，应是一个变量名（readonly 语句）" },
        { "Unsupported argument `foo` for statement: `for x in [1] foo:1}}{{end`", "{{ for x in [1] foo:1 }}{{ end }}", "for 语句不支持参数 `foo`" },
        { "The loop variable <while.last> is invalid", "{{ while true }}{{ while.last }}{{ break }}{{ end }}", "while 循环中没有 `while.last`" },
        { "The loop variable <for.col> is invalid", "{{ for x in [1] }}{{ for.col }}{{ end }}", "`for.col` 只能用在 tablerow 中" },
        { "The loop variable <for.foo> is not supported", "{{ for x in [1] }}{{ for.foo }}{{ end }}", "循环中没有 `for.foo`" },
        { "Invalid token `.`. The loop variable <for> dot must be followed by an identifier", "{{ for x in [1] }}{{ for. }}{{ end }}", "`for.` 后面应是循环变量的名字" },
        { "Expecting only a simple name parameter for a function", "{{ func f($x) }}{{ end }}", "函数的参数只能是简单的名字" },
        { "Expecting only a literal for an optional parameter value.", "{{ func f(a = b) }}{{ end }}", "函数参数的默认值只能是常量" },
        { "Cannot declare a normal parameter after an optional parameter.", "{{ func f(a = 1, b) }}{{ end }}", "有默认值的参数后面不能再写没有默认值的参数" },
        { "Cannot declare an optional parameter after a variable parameter (`...`).", "{{ func f(a..., b = 1) }}{{ end }}", "可变参数（...）后面不能再写其他参数" },
        { "Cannot declare multiple variable parameters.", "{{ func f(a..., b...) }}{{ end }}", "函数只能有一个可变参数" },
        { "Error while parsing function call expression: Creating a function is only allowed for a top level assignment in: <target_expression> <arguemnt[0]> ... <arguement[n]>",
            "{{ (f(x) = x) }}", "只能在单独的一条赋值语句中定义函数（函数调用）" },
        { "Error while parsing assign expression: Expression is only allowed for a top level assignment in: <target_expression> = <value_expression>", "{{ (x = 1) }}", "这种写法只能用在单独的一条赋值语句中（赋值）" },
        { "Cannot use block delegate $$ in a nested expression", "{{ ($$) }}", "$$ 不能写在括号中的表达式里" },
        { "Error while parsing nested expression: Cannot use block delegate $$ outside an expression statement in: (<expression>)", "{{ ($$) }}", "$$ 只能用在单独的一条语句中（括号）" },
        { "The statement depth limit `250` was reached when parsing this statement", "{{ x = " + new string('(', 260) + "1 }}", "语句或表达式嵌套过深（超过 250 层）" },

        // Parser: expressions.
        { "Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}}` in: <expression> operator <expression>", "{{ 1 + }}", "运算符右边缺少值，却是 `}}`（运算）" },
        { "Error while parsing if statement: Expecting <expression> instead of `}}` in: if <expression> ... end|else|else if", "{{ if }}{{ end }}", "这里缺少值（数字、文字、变量或函数调用），却是 `}}`（if 语句）" },
        { "Error while parsing indexer expression: Expecting <index_expression> instead of `]` in: <expression>[<index_expression>]", "{{ x = [1]; x[] }}", "[ ] 中缺少下标，却是 `]`（下标）" },
        { "Unexpected `}}`. Expecting ']'", "{{ x = [1]; x[1 }}", "缺少右方括号 ]，这里是 `}}`" },
        { "Unexpected token found `}}` while expecting `]`.", "{{ [1, 2 }}", "这里应是 `]`，却是 `}}`" },
        { "Invalid token `}}`. Expecting a closing `)`.", "{{ (1 + 2 }}", "缺少右括号 )，这里是 `}}`" },
        { "The operand of an increment or decrement operator must be a variable, property or indexer", "{{ 1++ }}", "++ 或 -- 只能用于变量、字段或下标" },
        { "Invalid token `Integer`. The dot operator is expected to be followed by a plain identifier", "{{ report.1 }}", "“.”后面应是字段名" },
        { "Unexpected literal member `{member}`", "{{ report.true }}", "“.”后面应是字段名，不能是数字或带引号的文字" },
        { "Expecting a comma to separate arguments in a function call.", "{{ money(1 }}", "函数调用的括号中，参数之间应用逗号隔开" },
        { "Expecting a closing parenthesis for a function call.", "{{ money(1 }}", "函数调用缺少右括号 )" },
        { "Expecting an expression for argument function calls instead of this token.", "{{ money(, ) }}", "函数调用的参数写法不对" },
        { "Expecting a simple global or local variable before `:` in order to create a named argument", "{{ money 1: 2 }}", "冒号 : 前面应是参数名" },
        { "Invalid identifier passed as a named argument. Expecting a simple variable name", "{{ money true: 1 }}", "冒号 : 前面应是参数名" },
        { "Invalid literal member `True/System.Boolean` found for object initializer member name. Only literal string or identifier name are allowed", "{{ {true: 1} }}", "对象的成员名只能是名字或带引号的文字" },
        { "Unexpected member type `this/this expression` found for object initializer member name", "{{ {this: 1} }}", "对象的成员名只能是名字或带引号的文字" },
        { "Unexpected token `1` Expecting a colon : after identifier `a` for object initializer member name", "{{ {a 1} }}", "对象的成员名后面应是冒号 :，这里是 `1`" },
        { "Unexpected token `}`. Expecting an expression for the value of the member.", "{{ {a: } }}", "对象的成员缺少值，这里是 `}`" },
        { "Unexpected token `+` while parsing object initializer. Expecting a simple identifier for the member name.", "{{ {+} }}", "对象中出现了 `+`，这里应是成员名" },
        { "Opened interpolated expression not closed on the same line.", "{{ $\"a{1\n}\" }}", "$\"…\" 字符串中的 { 没有在同一行用 } 结束" },
        { "Unexpected token `\\n` while parsing expression", "{{ $\"a{1\n}\" }}", "表达式中出现了多余的 `\\n`" },

        // Runtime: variables, members and items.
        { "The variable or function `nosuch` was not found", "{{ nosuch }}", "找不到变量或函数 `nosuch`" },
        { "The function `x` was not found", "{{ x = null; x 1 }}", "找不到函数 `x`" },
        { "Cannot get or set a member on the primitive `1/int` when accessing member: y", "{{ x = 1; x.y = 2 }}", "`x` 是数字，没有字段 `y`" },
        { "Cannot use the int primitive `2022` as a list.", "{{ report.year[0] }}", "`report.year` 是数字，不能用 [ ] 取其中的一项" },
        { "Cannot get the member report.intro.foo for a null object.", "{{ report.intro.foo }}", "`report.intro` 是空白（数据中没有填写），不能再取它的字段 `foo`" },
        { "Object `report.intro` is null. Cannot access member: report.intro.foo", "{{ report.intro.foo = 1 }}", "`report.intro` 是空白（数据中没有填写），不能再取它的字段" },
        { "Object `report.intro` is null. Cannot access indexer: report.intro[0]", "{{ report.intro[0] }}", "`report.intro` 是空白（数据中没有填写），不能用 [ ] 取其中的一项" },
        { "Cannot access target `x` with a null indexer: x[null]", "{{ x = [1]; x[null] }}", "`x[null]` 中 [ ] 里的下标是空白" },
        { "The index 5 is out of bounds [0, 1] on the `x` with the indexer: 5", "{{ x = [1]; x[5] }}", "`x[5]` 超出了范围：`x` 只有 1 项" },

        // Runtime: assignment.
        { "Cannot set a value for the readonly member: report.year", "{{ report.year = 1 }}", "不能修改或添加 `report.year`" },
        { "Cannot set a value for the readonly member `year` in the indexer: report['year']", "{{ report[\"year\"] = 1 }}", "不能修改或添加 `report['year']`" },
        { "Cannot set the readonly variable `report`", "{{ report = 1 }}", "`report` 是只读的，不能赋值" },
        { "Cannot set this variable", "{{ this = 1 }}", "不能给 this 赋值" },
        { "Cannot set a property on the empty object", "{{ empty.x = 1 }}", "不能给 empty 设置字段" },
        { "The `.empty?` property cannot be set", "{{ x.empty? = 1 }}", "不能给 .empty? 赋值" },
        { "Cannot replace a character in a string", "{{ x = \"abc\"; x[0] = \"z\" }}", "不能修改文字中的某一个字" },
        { "Unsupported target expression for assignment.", "{{ capture 1 }}{{ end }}", "= 左边只能是变量、字段或下标" },
        { "Unexpected exception while accessing target expression: The object is readonly", "{{ string.shout = \"x\" }}", "不能修改或添加这里的成员" },
        { "Object member name cannot be empty.", "{{ {\"\": 1} }}", "对象的成员名不能是空白" },

        // Runtime: loops and limits.
        { "The <break> statement can only be used inside for/while loops", "{{ break }}", "break 只能用在 for 或 while 循环中" },
        { "The <continue> statement can only be used inside for/while loops", "{{ continue }}", "continue 只能用在 for 或 while 循环中" },
        { "Exceeding number of iteration limit `10000` for loop statement.", "{{ while true }}{{ end }}", "循环次数超过上限（10000 次）" },
        { "Exceeding number of iteration limit `10000` for internal iteration.", "{{ [1] * 2000000000 }}", "循环次数超过上限（10000 次）" },
        { "Range expression exceeds LoopLimit `10000`.", "{{ x = 1..20000 }}", "数字范围（如 1..100）超过循环次数上限（10000 次）" },
        { "Exceeding number of recursive depth limit `32` for node: `f`", "{{ func f; f; end; f }}", "模板嵌套或递归层数超过上限（32 层）" },
        { "Rendered output exceeds OutputLimit `4194304`.", "{{ line = \"政府信息公开工作年度报告\"; for i in 1..8; line = line + line; end; for i in 1..10000 }}{{ line }}{{ end }}", "模板输出超过上限（4 MB）" },
        { "String conversion reaches LimitToString `65536`.", "{{ text = \"公开\"; for i in 1..30; text = text + text; end; text }}", "模板生成的文字过长（超过 64 KB）" },
        { "String multiplication exceeds LimitToString `65536`.", "{{ \"ab\" * 100000 }}", "文字重复后过长（超过 64 KB）" },
        { "Joined string exceeds LimitToString `65536`.", "{{ array.join (1..9000) \"xxxxxxxxxx\" }}", "连接后的文字过长（超过 64 KB）" },
        { "Padding width `70000` exceeds the configured LimitToString `65536`. (Parameter 'width')", "{{ string.pad_left \"a\" 70000 }}", "补齐的宽度 70000 超过文字长度的上限（64 KB）" },
        { "The resulting string length exceeds the configured LimitToString `65536`.", "{{ math.format 5 \"X99999999999\" }}", "得到的文字过长（超过 64 KB）" },
        { "Array multiplication result length exceeds the maximum supported array length.", "{{ x = [1] * 5000; y = x * 1000000 }}", "列表重复后项数过多" },
        { "Unexpected type `System.Int32` for iterator", "{{ for x in 5 }}{{ end }}", "for 只能逐项处理列表，这里的值是整数" },
        { "Unexpected list value. Expecting an array, list or iterator. Unable to convert to a list.", "{{ array.cycle 1 }}", "`array.cycle` 的参数应是一组值（列表），这里给的是数字" },
        { "Invalid target property `5` used for [with] statement. Must be a ScriptObject instead of `Int32`", "{{ with 5 }}{{ end }}", "with 后面应是一个对象" },

        // Runtime: functions.
        { "Invalid number of arguments `0` passed to `money` while expecting `1` arguments", "{{ money }}", "`money` 需要 1 个参数，这里给了 0 个" },
        { "Invalid number of arguments `2` passed to `f 1 2` while expecting `1` arguments", "{{ func f(x); ret x; end; f 1 2 }}", "`f 1 2` 需要 1 个参数，这里给了 2 个" },
        { "Invalid target function `1` (int)", "{{ x = 1; x 2 }}", "这里调用的不是函数，而是整数" },
        { "Pipe expression destination `2` is not a valid function ", "{{ 1 | 2 }}", "| 后面应是函数，`2` 不是函数" },
        { "The parameter `1` is not a function. Maybe prefix it with @? (Parameter 'function')", "{{ array.each [1] 1 }}", "这里要交给函数的是另一个函数，但给的不是函数" },
        { "Expecting a direct function instead of the expression `1/literal`", "{{ wrap 1 }}{{ end }}", "wrap 后面应是一个函数" },
        { "Unable to convert type `string` to `Money`", "{{ money \"abc\" }}", "`money` 的参数应是金额（如 `report.processing_fee`），这里给的是文字" },
        { "Unable to convert type `string` to int", "{{ string.truncate \"abc\" \"x\" }}", "`string.truncate` 的参数应是整数，这里给的是文字" },
        { "Unable to convert type `array` to int", "{{ [1] / [1] }}", "需要整数的地方给了一组值（列表）" },
        { "The value `a` is not a number", "{{ math.abs \"a\" }}", "math 的函数需要数字，这里给的不是数字" },
        { "Unexpected `a`. Must be a formattable number", "{{ math.format \"a\" \"0\" }}", "math.format 需要数字" },
        { "'bogus' is not a valid stringComparison (Parameter 'stringComparison')", "{{ string.index_of \"abc\" \"b\" 0 3 \"bogus\" }}", "`bogus` 不是可用的比较方式" },
        { "Unexpected value `int` for import. Expecting an plain script object.", "{{ import 5 }}", "import 后面应是一个对象，这里是整数" },
        { "Include template name cannot be null or empty", "{{ include \"\" }}", "include 后面的模板名是空白" },

        // Runtime: operators.
        { "Cannot divide by 0", "{{ [1,2] / 0 }}", "除数为 0" },
        { "Expecting an integer. The operator `*` is not supported for the expression. Only working on string x int or int x string", "{{ \"a\" * \"b\" }}", "文字只能与整数相乘" },
        { "Operator `-` is not supported on string objects", "{{ \"a\" - \"b\" }}", "运算符 `-` 不能用于文字" },
        { "The operator `+` is not supported between array and int. Expecting an array for the right argument.", "{{ [1] + 1 }}", "运算符 `+` 不能用于一组值（列表）和整数" },
        { "The operator `-` is not supported between range and int.", "{{ 1..3 - 1 }}", "运算符 `-` 不能用于数字范围（如 1..3）和整数" },
        { "The operator `+` is not valid for bool<->bool", "{{ true + true }}", "运算符 `+` 不能用于两个是非值" },
        { "The operator `..` is not implemented for double<->double", "{{ 1.5 .. 2 }}", "运算符 `..` 不能用于两个数字" },
        { "The operator `..` is not implemented for decimal<->decimal", "{{ 1.5m .. 2.5m }}", "运算符 `..` 不能用于两个数字" },
        { "The operator `..` is not implemented for float<->float", "{{ 1.5f .. 2.5f }}", "运算符 `..` 不能用于两个数字" },
        { "Unexpected value `a / Type: string`. Cannot negate(-)/positive(+) a non-numeric value", "{{ -\"a\" }}", "只有数字前面可以加负号 - 或正号 +，这里是文字" },
        { "Shift amount `100000000` exceeds maximum supported magnitude `1048576`.", "{{ 1 << 100000000 }}", "移位的位数 100000000 过大" },
        { "The result of the operator `*` exceeds the maximum supported integer magnitude of `1048640` bits.", "{{ x = 2; for i in 1..30; x = x * x; end; x }}", "运算符 `*` 得到的整数过大" },
    };

    /// <summary>
    /// Messages of the list that no template makes Scriban give under the engine's settings, with the
    /// reason. They are translated all the same (a Scriban upgrade may open a way to them).
    /// </summary>
    private static readonly Dictionary<string, string> Unreachable = new(StringComparer.Ordinal)
    {
        // Liquid and front matter: templates are parsed as Scriban, without front matter.
        ["A else condition must be preceded by another if/else/unless condition or a for loop."] = "Liquid's unless/else only",
        ["A else condition must be preceded by another if/else/unless."] = "Liquid only",
        ["A elsif condition is not allowed within a when/case condition"] = "Liquid's elsif only",
        ["Expecting an assign expression: <variable> = <expression>"] = "Liquid's assign only",
        ["Unable to find a pending {pendingStart} for this `{identifier}`"] = "Liquid's endxxx only",
        ["Unexpected include template name `{templateName}` expecting a string or a variable path"] = "Liquid's include syntax only",
        ["Unexpected variable name `{GetAsTextForLog(variableToken)}` found in include parameter"] = "Liquid's include syntax only",
        ["Unexpected token `{GetAsTextForLog(Current)}` after variable `{variable}`. Expecting a `:`"] = "Liquid's include syntax only",
        ["Unexpected token `{GetAsTextForLog(Current)}` after cycle value `{value}`. Expecting a `,`"] = "Liquid's cycle only",
        ["The liquid loop variable <{text}.{loopVariableText}> is not supported"] = "Liquid's forloop only",
        ["The `end{typeName}` was not found"] = "Liquid's endif/endfor only; Scriban says <end>",
        ["Found <end> statement `end{typeName}` without a corresponding beginning of a block"] = "Liquid's endif/endfor only",
        ["When `{CurrentParsingMode}` is enabled, expecting a `{_lexer.Options.FrontMatterMarker}` at the beginning of the text instead of `{Current.GetText(_lexer.Text)}`"] = "front matter mode is off",
        ["End of frontmatter `{_lexer.Options.FrontMatterMarker}` not found"] = "front matter mode is off",
        ["Unexpected frontmatter marker `{_lexer.Options.FrontMatterMarker}` while not inside a frontmatter"] = "front matter mode is off",
        ["Unexpected code clock exit '}}}}' while parsing in script only mode. '}}}}' is not allowed."] = "templates are parsed in the default mode, not script only",

        // Parser states the lexer never produces.
        ["Unexpected code block exit '}}}}' while no code block enter '{{{{' has been found"] = "outside code the lexer turns }} into text, never into a code exit",
        ["Unexpected token while already in a code block"] = "inside code the lexer reads {{ as two braces (an object), never as a code enter",
        ["Unexpected token {GetAsTextForLog(Current)} while not in a code block {{ ... }}"] = "outside code the lexer gives only text, {{ and escapes",
        ["Unexpected keyword found `{GetAsTextForLog(Current)}` while expecting `{existingKeyword.Value}`."] =
            "the parser asks for a keyword only after seeing it (and checks 'in' itself first)",
        ["Unexpected token `{unaryTokenType}` for unary expression"] = "the parser reads a unary or ++/-- expression only on its own tokens",
        ["Unexpected token found `{GetAsTextForLog(Current)}` while parsing a variable or literal"] = "only Liquid's cycle reads a variable or literal this way",
        ["Unexpected token `{GetAsTextForLog(Current)}` while parsing function call `{functionCall}`"] =
            "a function call's arguments end at any token that cannot start one, which is then reported as the end of the statement",
        ["Expecting a simple identifier for member names"] = "an object's member name is an identifier token, which parses as a simple variable",
        ["Unable to parse float value `{text}`"] = "a float literal with f parses as double when float overflows (1e999f is infinity, checked when printed)",
        ["The parser recursive depth limit was reached near a stack overflow"] = "the statement depth limit (250) stops the parser long before the stack runs out",

        // Runtime paths closed by the engine's settings or checks.
        ["Cannot get member with name {memberName}."] = "missing members are errors of the engine (TryGetMember) before Scriban's relaxed access",
        ["Cannot access target `{target}` with an indexer: {indexExpression}"] = "the same: the engine's missing-member error comes first",
        ["Cannot access target `{target}` with an untyped indexer: {this}"] = "no model type has an indexer",
        ["Cannot get or set a member on the primitive `{target}/{context.GetTypeName(target)}` when accessing index: {index}"] =
            "numbers are indexed as lists (the engine's ScalarAccessor answers)",
        ["Cannot index the {context.GetTypeName(target)} primitive `{target}`."] = "the length of a number is asked first, and the engine's ScalarAccessor answers",
        ["Unable to find a list accessor for `{GetTypeName(target)}`."] = "every caller asks for a list accessor only after converting to a list",
        ["Object `{this.Target}` is null. Cannot access property `empty?`"] = "only when members may not be missing; with the relaxed setting a null is empty",
        ["Cannot set value on the readonly variable `{variable}`"] = "read-only globals give \"Cannot set the readonly variable\" first (provoked)",
        ["Cannot set value on the variable `{variable}`"] = "a loop variable's store is always writable",
        ["Invalid usage of the global variable `{variable}` in the current context"] = "a template always runs with a global context",
        ["Invalid usage of the local variable `{variable}` in the current context"] = "a template always runs with a local context",
        ["Invalid usage of the variable `{variable}` in the current context"] = "a template always runs with a variable context",
        ["Operator {this.EqualToken} is not a valid compound assignment operator"] = "the parser builds compound assignments only from +=, -=, *=, /=, //=, %=",
        ["Expecting a boolean instead of {context.GetTypeName(value)} value: {value}"] = "the scientific mode is off",
        ["The function `{firstToken}` is a statement and cannot be used within an expression."] = "ErrorForStatementFunctionAsExpression is off",
        ["The target function `{callerContext}` is null"] = "a null function is reported as not found first",
        ["Invalid argument `{namedArg.Name}` not found for function `{callerContext}`"] = "a named argument the function lacks is ignored by Scriban's call",
        ["Cannot pass argument {argName} to function. This name is not supported by this function."] = "only for functions with params arrays, which the allowed builtins do not take by name",
        ["Invalid null argument name"] = "the parser gives every named argument a name",
        ["Out of range number of parameters {function.ParameterCount} for target function `{functionObject}`. The maximum number of parameters for a function is: {MaximumParameterCount}."] =
            "no function offered has 64 parameters",
        ["Invalid params array for function `{Method.Name}`."] = "no function offered takes a params array",
        ["Argument `{parameterName}` cannot be null for function `{Method.Name}`."] = "the engine's functions answer first; the builtins take null",
        ["Unable to create an instance of `{GetTypeName(destinationType)}`"] = "no function takes a parameter type Scriban creates",
        ["Unable to convert dictionary value to `{typeof(TValue)}`."] = "the model has no dictionaries",
        ["Unable to convert member `{member}` to dictionary key type `{typeof(TKey)}`."] = "the model has no dictionaries",
        ["Unexpected `{value}`. Must be a formattable object"] = "object.format is not offered",
        ["The type `{value.GetType()}` is not a supported number."] = "array.sort compares only numbers it knows (IsNumber's types are all supported)",
        ["Unexpected exception when calling {callerContext}"] = "only for a reflection call failing without an inner exception",
        ["Structure is too deeply nested or contains reference loops."] = "only when printing a nested structure, which the engine refuses to print",
        ["Exceeding recursive depth limit, near to stack overflow"] = "the recursion limit (32) stops long before the stack runs out",
        ["unexpected ExitRecursive not matching EnterRecursive for `{node}`"] = "Scriban's own bookkeeping",
        ["No current global object is available."] = "a template always runs with a global object",
        ["Operator `{op.ToText()}` is not implemented for `{(leftIsEmptyObject ? \"empty\" : leftValue)}` / `{(rightIsEmptyObject ? \"empty\" : rightValue)}`"] =
            "every binary operator Scriban parses has a case for empty",
        ["Operator `{op.ToText()}` is not supported"] = "every unary operator Scriban parses is implemented",
        ["The operator `{op.ToText()}` is not supported between `{leftValue}` and `{rightValue}`"] = "Scriban's fallback after its own operators, none of which falls through",
        ["The operator `{op.ToText()}` is not implemented for long<->long"] = "long operands of other operators are converted before",
        ["Unsupported types `{leftValue}/{context.GetTypeName(leftValue)}` {op.ToText()} `{rightValue}/{context.GetTypeName(rightValue)}` for binary operation"] =
            "model values are refused as text or numbers by the engine before (\"这里需要整数\")",
        ["The operator `{op.ToText()}` requires an array operand."] = "array operators check their operands' kinds first",
        ["The operator `{op.ToText()}` requires array operands."] = "array operators check their operands' kinds first",
        ["Expecting an array for the left argument."] = "reported as the reason inside the provoked array message",
        ["Expecting an array for the right argument."] = "reported as the reason inside the provoked array message",
        ["Both left and right expressions are null. Cannot perform this operation on null values."] = "the scientific mode is off",
        ["The {(leftValue is null ? \"left\" : \"right\")} expression is null. Cannot perform this operation on a null value."] = "the scientific mode is off",
        ["The operator `{op}` is not supported for DateTime"] = "no template value is a DateTime (the date builtin is not offered)",
        ["The operator `{op}` is not supported for between <DateTime> and <TimeSpan>"] = "no template value is a DateTime",
        ["Invalid `limit` argument. Value is required."] = "the parser requires a value after limit:",
        ["Invalid `offset` argument. Value is required."] = "the parser requires a value after offset:",
        ["Invalid `cols` argument. Value is required."] = "the parser requires a value after cols:",

        // Include: the engine's loader and its parsed templates.
        ["Expecting at least the name of the template to include for the <include> function"] = "Scriban's argument count check comes first",
        ["Include template path is null for `{templateName}"] = "the engine's loader never answers null",
        ["Unable to include <{templateName}>. No TemplateLoader registered in TemplateContext.TemplateLoader"] = "the engine always sets its loader",
        ["No TemplateLoader registered in TemplateContext.TemplateLoader"] = "the engine always sets its loader",
        ["Unexpected exception while getting the path for the include name `{templateName}`"] = "the engine's loader throws a Chinese error of its own",
        ["Unexpected exception while creating template from path `{templatePath}`"] = "every template is parsed and cached before running",
        ["The result of including `{templatePath}` cannot be null"] = "every template is parsed and cached before running",
        ["Error while parsing template `{templatePath}`"] = "a template set with a syntax error is refused before running",
        ["Unable to resolve the include caller context."] = "Scriban's own bookkeeping",
        ["Unable to resolve the include_join caller context."] = "include_join is not offered",
        ["Expecting at least the separator and components to include for the <include_join> function."] = "include_join is not offered",

        // Builtins not offered and the scientific mode.
        ["Invalid number of parameters `{arguments.Count}` for `date` object/function."] = "date is not offered",
        ["The pattern %{format} is not supported for the parse method"] = "date is not offered",
        ["minValue must be greater than maxValue"] = "math.random is not offered",
        ["The function expecting one argument cannot be followed by the operator {it.Current.OperatorToken?.ToString() ?? it.Current.Operator.ToText()}"] = "the scientific mode is off",
        ["The function is expecting at least one argument"] = "the scientific mode is off",
        ["Unexpected empty scientific expression."] = "the scientific mode is off",
        ["Unexpected missing left operand while rewriting a scientific expression."] = "the scientific mode is off",
        ["Invalid binary expression while rewriting a scientific expression."] = "the scientific mode is off",

        // A node the parser always completes: "Invalid X. Y is required."
        ["Invalid `.empty?` expression. Target is required."] = "the parser always completes the node",
        ["Invalid assignment expression. Target and value are required."] = "the parser always completes the node",
        ["Invalid binary expression. Left and right expressions are required."] = "the parser always completes the node",
        ["Invalid capture statement. Target and body are required."] = "the parser always completes the node",
        ["Invalid for statement. Body is required."] = "the parser always completes the node",
        ["Invalid for statement. Variable and iterator are required."] = "the parser always completes the node",
        ["Invalid function call. Target is required."] = "the parser always completes the node",
        ["Invalid indexer expression. Target and index are required."] = "the parser always completes the node",
        ["Invalid member expression. Member is required."] = "the parser always completes the node",
        ["Invalid member expression. Target and member are required."] = "the parser always completes the node",
        ["Invalid nested expression. Inner expression is required."] = "the parser always completes the node",
        ["Invalid object member. Name and value are required."] = "the parser always completes the node",
        ["Invalid pipe expression. Source and destination are required."] = "the parser always completes the node",
        ["Invalid pipe state. Missing pipe arguments."] = "the parser always completes the node",
        ["Pipe arguments were not initialized."] = "the parser always completes the node",
        ["Invalid readonly statement. Variable is required."] = "the parser always completes the node",
        ["Invalid wrap statement. Target and body are required."] = "the parser always completes the node",
        ["Missing function parameter name."] = "the parser always completes the node",
        ["Missing function parameters."] = "the parser always completes the node",
        ["Missing global scope for function invocation."] = "a template always runs with a global scope",
    };

    /// <summary>Errors of .NET inside a builtin or an operator, which Scriban passes on as they are.</summary>
    public static TheoryData<string, string, string> DotNet { get; } = new()
    {
        { "Attempted to divide by zero.", "{{ 1 % 0 }}", "除数为 0" },
        { "Attempted to divide by zero.", "{{ math.modulo 5 0 }}", "除数为 0" },
        { "Rounding digits must be between 0 and 15, inclusive. (Parameter 'digits')", "{{ math.round 1.5 100 }}", "保留的小数位数超出了范围" },
        { "Value was either too large or too small for a Decimal.", "{{ 10000000000000000000000000000m * 10000000000000000000m }}", "数字超出了可以计算的范围" },
        { "Index was out of range. Must be non-negative and less than or equal to the size of the collection. (Parameter 'startIndex')", "{{ string.index_of \"abc\" \"b\" 10 }}", "下标或位置超出了范围" },
        { "Count must be positive and count must refer to a location within the string/array/collection. (Parameter 'count')", "{{ string.index_of \"abc\" \"b\" 0 10 }}", "下标或位置超出了范围" },
        { "Failed to compare two elements in the array.", "{{ array.sort [1, \"a\"] }}", "列表中的值无法互相比较" },
        { "The value cannot be an empty string. (Parameter 'oldValue')", "{{ string.replace \"abc\" \"\" \"x\" }}", "要查找或替换的文字不能是空白" },
        { "Object reference not set to an instance of an object.", "{{ string.handleize null }}", "用到了空白的值" },
        { "Format specifier was invalid.", "{{ math.format 5 \"Q\" }}", "数字或格式的写法不对" },
    };

    private static readonly string ListPath = Path.Combine(TestPaths.RepoRoot, "tests", "Generator.Tests", "Unit", "Templating", "ScribanMessages.txt");

    private static IReadOnlyList<string> Listed { get; } =
        [.. File.ReadLines(ListPath).Where(line => line.Length > 0 && !line.StartsWith('#'))];

    [Theory]
    [MemberData(nameof(Provoked))]
    [MemberData(nameof(DotNet))]
    public void Every_message_Scriban_gives_is_told_in_Chinese(string english, string template, string expected)
    {
        var parser = TemplateRun.ScribanParserSays(template);
        if (parser.Count > 0)
        {
            Assert.Contains(english, parser);
        }
        else
        {
            Assert.Equal(english, TemplateRun.ScribanSays(template));
        }

        var errors = TemplateRun.Render(template).Diagnostics.Where(d => d.IsError).ToList();
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Message.Contains(expected, StringComparison.Ordinal));
        Assert.All(errors, e =>
        {
            Assert.True(e.Code is "GEN0301" or "GEN0302", e.Code);
            Assert.True(e.Span.Line > 0, $"no position: {e.Message}");
            Assert.Empty(TemplateEnglish.Words(e.Message + " " + e.Hint));
            Assert.DoesNotContain("无法运行：这里用到的值", e.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("写法无法识别", e.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_message_in_the_list_has_its_own_translation() =>
        Assert.All(Listed, message => Assert.True(TemplateMessages.Knows(message), $"no translation: {message}"));

    [Fact]
    public void Every_translation_is_of_a_message_in_the_list() =>
        Assert.All(ScribanMessages.All, entry => Assert.Contains(entry.English, Listed));

    [Fact]
    public void Every_message_is_provoked_by_a_test_or_explained_as_unreachable()
    {
        var provoked = Provoked.Select(row => (string)row[0]).SelectMany(Unwrapped).ToList();
        var missing = Listed.Where(m => !Unreachable.ContainsKey(m) && !provoked.Exists(p => Template(m).IsMatch(p))).ToList();
        Assert.Empty(missing);
        Assert.All(Unreachable.Keys, m => Assert.Contains(m, Listed));
        Assert.All(Unreachable.Keys, m => Assert.DoesNotContain(provoked, p => Template(m).IsMatch(p)));
        Assert.All(Provoked.Select(row => (string)row[0]), p => Assert.Contains(Listed, m => Unwrapped(p).Any(Template(m).IsMatch)));
    }

    [Fact]
    public void The_translations_hold_no_English() =>
        Assert.All(ScribanMessages.All, entry =>
            Assert.Empty(TemplateEnglish.Words(Regex.Replace(entry.Chinese, @"%\d+(:\w+)?%", "甲") + " " + entry.Hint)));

    [Theory]
    [InlineData("The frobnicator of `x` failed")]
    [InlineData("Index was out of range but differently")]
    [InlineData("")]
    public void An_unknown_runtime_message_falls_back_to_Chinese_without_its_English(string message)
    {
        var (text, hint) = TemplateMessages.Explain(new ScriptRuntimeException(default, message));
        Assert.Empty(TemplateEnglish.Words(text + " " + hint));
        Assert.DoesNotContain("frobnicator", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Something new went wrong")]
    [InlineData("Error while parsing something: Unknown thing in: <x>")]
    [InlineData("Error while parsing")]
    public void An_unknown_parser_message_falls_back_to_Chinese_without_its_English(string message)
    {
        var (text, hint) = TemplateMessages.ExplainSyntax(message);
        Assert.Empty(TemplateEnglish.Words(text + " " + hint));
    }

    [Fact]
    public void A_value_dump_in_a_message_is_never_shown()
    {
        // Scriban puts the value's .NET text into some messages (here the report's record dump).
        var error = TemplateRun.Render("{{ -report }}").Error;
        Assert.DoesNotContain("Bureau", error.Message, StringComparison.Ordinal);
        Assert.Empty(TemplateEnglish.Words(error.Message + " " + error.Hint));
    }

    [Fact]
    public void The_syntax_names_listed_are_Scribans()
    {
        var actual = typeof(ScriptNode).Assembly.GetTypes()
            .Select(t => t.GetCustomAttributes(typeof(ScriptSyntaxAttribute), inherit: false).OfType<ScriptSyntaxAttribute>().FirstOrDefault())
            .OfType<ScriptSyntaxAttribute>()
            .Select(a => (a.TypeName, a.Example))
            .Distinct()
            .Order();
        Assert.Equal(actual, TemplateMessages.Syntaxes.Order());
    }

    /// <summary>
    /// A message and the message inside it: Scriban wraps a parser message ("Error while parsing …: … in: …")
    /// and an exception while reading a value ("Unexpected exception while accessing target expression: …"),
    /// and .NET adds “ (Parameter 'width')” to a builtin's argument error.
    /// </summary>
    private static IEnumerable<string> Unwrapped(string message)
    {
        yield return message;
        const string Accessing = "Unexpected exception while accessing target expression: ";
        if (message.StartsWith(Accessing, StringComparison.Ordinal))
        {
            yield return message[Accessing.Length..];
        }

        if (Regex.Match(message, @"^(.*) \(Parameter '[^']*'\)$", RegexOptions.Singleline) is { Success: true } parameter)
        {
            yield return parameter.Groups[1].Value;
        }

        foreach (var (name, example) in TemplateMessages.Syntaxes.Append(("ScriptPage", "...")))
        {
            var prefix = $"Error while parsing {name}: ";
            foreach (var suffix in new[] { " in: " + example, ": " + example })
            {
                if (message.StartsWith(prefix, StringComparison.Ordinal) && message.EndsWith(suffix, StringComparison.Ordinal))
                {
                    yield return message[prefix.Length..^suffix.Length];
                    yield break;
                }
            }
        }
    }

    /// <summary>A listed message as a pattern: its holes ({…}) match any text, {{ and }} are braces.</summary>
    private static Regex Template(string message)
    {
        var pattern = new System.Text.StringBuilder("^");
        for (var i = 0; i < message.Length; i++)
        {
            if (message[i] is '{' or '}' && i + 1 < message.Length && message[i + 1] == message[i])
            {
                pattern.Append(Regex.Escape(message[i].ToString()));
                i++;
            }
            else if (message[i] == '{')
            {
                i = message.IndexOf('}', i);
                pattern.Append(".*");
            }
            else
            {
                pattern.Append(Regex.Escape(message[i].ToString()));
            }
        }

        return new Regex(pattern.Append('$').ToString(), RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }
}
