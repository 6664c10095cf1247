using System.Text.RegularExpressions;
using Generator.Data.Yaml;
using Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Unit.Data;

/// <summary>No English text from YamlDotNet reaches the user: every message it can give is told in Chinese.</summary>
public sealed class YamlMessagesTests
{
    private const string Syntax = "GEN0002";

    /// <summary>
    /// For each YamlDotNet message: an input that provokes it (checked against YamlDotNet itself), the code
    /// the real loader reports, and a part of its Chinese message. Where a check of our own runs before the
    /// parser's message could be shown (tabs in indentation, aliases), the expected text is that check's.
    /// </summary>
    public static TheoryData<string, string, string, string> Provoked { get; } = new()
    {
        // Quoted text.
        { "While scanning a quoted scalar, found unexpected end of stream.", "a: \"abc\n", Syntax, "引号没有配对：从这里开始的引号直到文件末尾都没有结束" },
        { "While scanning a quoted scalar, found unexpected document indicator.", "a: \"abc\n---\nb: 1\"\n", Syntax, "延续到了 --- 或 ... 这一行" },
        { "While scanning a multi-line double-quoted scalar, found wrong indentation.", "a: \"abc\nb: 1\n", Syntax, "双引号没有配对" },
        { "While scanning a quoted scalar, found unknown escape character.", "a: \"ab\\qc\"\n", Syntax, "反斜杠 \\ 后面跟了不能识别的字符" },
        { "While scanning a quoted scalar, did not find expected hexadecimal number.", "a: \"ab\\xZZ\"\n", Syntax, "后面应是十六进制数字" },
        { "While scanning a quoted scalar, found invalid Unicode surrogates.", "a: \"\\uD800x\"\n", Syntax, "不是一个完整的字符" },
        { "While scanning a quoted scalar, found invalid Unicode character escape code.", "a: \"\\U00110000\"\n", Syntax, "超出了字符的范围" },
        { "While scanning a flow sequence end, found invalid comment after double-quoted scalar.", "a: \"x\"# c\n", Syntax, "引号后面紧跟着 #" },

        // Comments against other marks.
        { "While scanning a flow sequence end, found invalid comment after ']'.", "a: [1]# c\n", Syntax, "] 后面紧跟着 #" },
        { "While scanning a flow entry, found invalid comment after comma.", "a: 1\n,#c\n", Syntax, "逗号后面紧跟着 #" },
        { "While scanning plain scalar, found a comment between adjacent scalars.", "&year: 2020  # c\nformat: 2021\n", Syntax, "这一行开头多了一个“&”" },

        // Multi-line text.
        { "While scanning a literal block scalar, found extra spaces in first line.", "a: |\n    \n  text\n", Syntax, YamlMessages.SpacesOnlyLineDeeper },
        { "While scanning a literal block scalar, found more spaces in lines above first content line.", "a: >\n    \n  text\n", Syntax, YamlMessages.SpacesOnlyLineDeeper },
        { "While scanning a block scalar, found an indentation indicator equal to 0.", "a: |0\n  x\n", Syntax, "| 或 > 后面不能写数字 0" },
        { "While scanning a block scalar, found a comment without whtespace after '>' indicator.", "a: |#c\n  x\n", Syntax, "| 或 > 后面紧跟着 #" },
        { "While scanning a block scalar, did not find expected comment or line break.", "a: | x\n  y\n", Syntax, "| 或 > 后面的同一行不能再写文字" },

        // Anchors and aliases.
        { "The anchor 'nope' does not exists", "a: *nope\n", Syntax, "“*nope”被当作别名，但文件中没有定义这个别名" },
        { "A document cannot contain only an alias", "a: b\n--- *a\n", Syntax, "“*a”被当作别名，但文件中没有定义这个别名" },
        { "Anchor before sequence entry on same line is not allowed.", "&x - a\n", Syntax, "锚点（&名字）不能写在列表项“- ”的前面" },
        { "While scanning an anchor or alias, found value containing disallowed: []{},", "a: * 说明\n", Syntax, "& 或 * 后面缺少名字" },
        { "While parsing a node, found more than one anchor.", "a: &x &y 1\n", Syntax, "写了两个锚点" },
        { "While parsing a node, did not find expected token.", "a: &x *y\n", Syntax, "后面不能紧跟别名" },

        // Tags.
        { "While parsing a node, found undefined tag handle.", "a: !e! 1\n", Syntax, "用了没有定义的前缀" },
        { "Unexpected comma at end of tag", "a: !<a,> 1\n", Syntax, "不能以逗号结尾" },
        { "While scanning a tag, did not find the expected '>'.", "a: !<tag:x 1\n", Syntax, "缺少结尾的 >" },
        { "While scanning a tag, did not find expected whitespace, comma or line break.", "a: !<x>y 1\n", Syntax, "后面应有一个空格" },
        { "While scanning a tag, did not find URI escaped octet.", "a: !<%ZZ> 1\n", Syntax, "% 转义写法不对" },
        { "While scanning a tag, found an incorrect leading UTF-8 octet.", "a: !<%FF> 1\n", Syntax, "% 转义写法不对" },
        { "While scanning a tag, found an incorrect trailing UTF-8 octet.", "a: !<%C3%28> 1\n", Syntax, "% 转义写法不对" },
        { "While scanning a tag, found an incorrect UTF-8 sequence.", "a: !<%F7%BF%BF%BF> 1\n", Syntax, "% 转义写法不对" },
        { "While scanning a tag, did not find expected '!'.", "%TAG a tag:x\n---\na: 1\n", Syntax, "标记名应以 ! 开头" },
        { "While scanning a tag directive, did not find expected '!'.", "%TAG !a tag:x\n---\na: 1\n", Syntax, "标记名应以 ! 开头和结尾" },

        // Directives and documents.
        { "Found incompatible YAML document.", "%YAML 9.9\n---\na: 1\n", Syntax, "不支持文件开头声明的 YAML 版本" },
        { "Found duplicate %YAML directive.", "%YAML 1.1\n---\na\n...\n%YAML 1.1\n---\nb\n", Syntax, "YAML 版本声明（%YAML）写了两次" },
        { "Found duplicate %TAG directive.", "%TAG !a! tag:x\n%TAG !a! tag:y\n---\na: 1\n", Syntax, "同一个标记定义（% 开头的行）写了两次" },
        { "While scanning a version directive, did not find preceding <document end>.", "a: 1\n%YAML 1.1\n---\nb: 2\n", Syntax, "% 开头的行只能写在文件的最开头" },
        { "While parsing a document start node, could not find document end marker before version directive.", "---\n%YAML 1.1\n---\na: 1\n", Syntax, "% 开头的行只能写在文件的最开头" },
        { "While scanning a %YAML directive, did not find expected digit or '.' character.", "%YAML 1\n---\na: 1\n", Syntax, "% 开头的版本声明写法不对" },
        { "While scanning a %YAML directive, did not find expected version number.", "%YAML\n---\na: 1\n", Syntax, "% 开头的版本声明写法不对" },
        { "While scanning a %YAML directive, found extremely long version number.", "%YAML 1.123456789012\n---\na: 1\n", Syntax, "% 开头的版本声明写法不对" },
        { "While scanning a %TAG directive, did not find expected whitespace.", "%TAG !a!tag:x\n---\na: 1\n", Syntax, "% 开头的标记定义写法不对" },
        { "While scanning a %TAG directive, did not find expected whitespace or line break.", "%TAG !a! tag:x,\n---\na: 1\n", Syntax, "% 开头的标记定义写法不对" },
        { "While scanning a directive, could not find expected directive name.", "%\n---\na: 1\n", Syntax, "这一行以 % 开头，写法不对" },
        { "While scanning a directive, did not find expected comment or line break.", "%YAML 1.1 x\n---\na: 1\n", Syntax, "这一行以 % 开头，写法不对" },
        { "While scanning a directive, found unexpected end of stream.", "%YAML", Syntax, "这一行以 % 开头，写法不对" },
        { "While scanning a directive, found unexpected non-alphabetical character.", "%YA!ML 1.1\n", Syntax, "这一行以 % 开头，写法不对" },
        { "Did not find expected <document start>.", "a: 1\n... x\n", Syntax, "文件的主体在此之前已经结束" },
        { "Did not find expected <document end>.", "{a: 1}}\n", Syntax, "这里多出了内容" },

        // Indentation, colons, lists and brackets.
        { "While parsing a block mapping, did not find expected key.", "a:\n  b: 1\n c: 2\n", Syntax, "缩进不对：这一行没有与同一层的字段对齐" },
        { "While parsing a block collection, did not find expected '-' indicator.", "a:\n  - 1\n  b: 2\n", Syntax, "列表缩进不对" },
        { "Block sequence entries are not allowed in this context.", "a: - b\n", Syntax, "这里不能开始一个列表（“- ”）" },
        { "Mapping values are not allowed in this context.", "a: \"b\": c\n", Syntax, "值里出现了“: ”（冒号加空格）" },
        { "Mapping keys are not allowed in this context.", "a: ? b\n", Syntax, "这里不能出现“? ”" },
        { "While scanning a plain scalar value, found invalid mapping.", "a: b: c\n", Syntax, "值里出现了“: ”（冒号加空格）" },
        { "While scanning a multiline plain scalar, found invalid mapping.", "x: 1\ny\n  z: 2\n", Syntax, "这一行缺少冒号“:”" },
        { "While scanning a simple key, could not find expected ':'.", "a: 1\nb", Syntax, "这一行缺少冒号“:”" },
        { "While scanning a mapping, found invalid tab as indentation.", "a:\n\tb: 1\n", Syntax, "缩进中有 Tab 字符" },
        { "While scanning a plain scalar, found a tab character that violate indentation.", "a: 1\n\tb: 2\n", Syntax, "缩进中有 Tab 字符" },
        { "Invalid key indicator format.", "a: [-]\n", Syntax, "方括号或花括号里出现了单独的“-”" },
        { "While parsing a flow sequence, did not find expected ',' or ']'.", "a: [\"x\"# c, 1]\n", Syntax, "方括号 [ ] 里缺少逗号" },
        { "While parsing a flow mapping, did not find expected ',' or '}'.", "a: {x: 1 y: 2}\n", Syntax, "花括号 { } 里缺少逗号" },
        { "While parsing a flow mapping,  did not find expected ',' or '}'.", "{a: 1, [x] [y]}\n", Syntax, "花括号 { } 里缺少逗号" },
        { "While parsing a node, did not find expected node content.", "a: ]\n", Syntax, "多了一个“]”" },
        { "While scanning for the next token, found character that cannot start any token.", "a: @x\n", Syntax, "“@”不能作为值或字段名的第一个字符" },
        { "Duplicate key a", "a: 1\na: 2\n", DiagnosticCode.DuplicateKey.Id, "写了两次" },
    };

    /// <summary>
    /// Messages in the list that no text makes YamlDotNet show (its own earlier checks always fire first);
    /// they are translated all the same.
    /// </summary>
    private static readonly Dictionary<string, string> Unreachable = new(StringComparer.Ordinal)
    {
        // Queued after the "..." it follows; the parser then wants a document start and says so instead.
        ["While scanning a document end, found invalid content after '...' marker."] = "the parser reports the missing document start first",

        // The scanner always produces the stream start first.
        ["Did not find expected <stream-start>."] = "the scanner always starts with a stream start",

        // The parser asks for a token only until the stream end, which the scanner always produces.
        ["Reached the end of the stream while parsing a document end"] = "the scanner always ends with a stream end",
        ["Reached the end of the stream while parsing a document start"] = "the scanner always ends with a stream end",
        ["Reached the end of the stream while parsing a document start."] = "the scanner always ends with a stream end",
        ["Reached the end of the stream while parsing a node"] = "the scanner always ends with a stream end",

        // The scanner refuses an empty anchor or alias name ("While scanning an anchor or alias ...") first.
        ["Anchor value must not be empty."] = "the scanner refuses an empty name first",

        // The loader's Consume<T>: it reads the events the parser produced, in the order the parser guarantees.
        ["Expected '{typeof(T).Name}', got '{@event.GetType().Name}' (at {@event.Start})."] = "the parser's events always come in the order the loader reads",
        ["Expected '{typeof(T).Name}', got nothing."] = "the parser always ends with a stream end",
    };

    private static readonly string ListPath = Path.Combine(TestPaths.RepoRoot, "tests", "Generator.Tests", "Unit", "Data", "YamlDotNetMessages.txt");

    private static IReadOnlyList<string> Listed { get; } =
        [.. File.ReadLines(ListPath).Where(line => line.Length > 0 && !line.StartsWith('#'))];

    [Theory]
    [MemberData(nameof(Provoked))]
    public void Every_message_YamlDotNet_gives_is_told_in_Chinese(string english, string yaml, string code, string expected)
    {
        Assert.Equal(english, YamlDotNetSays(yaml));

        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlFile.Parse(yaml, "test.yaml", diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(code, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(YamlMessages.Unknown.Text, error.Message, StringComparison.Ordinal);
        Assert.Empty(EnglishText.Words(error.Message + " " + error.Hint));
    }

    [Fact]
    public void Every_message_thrown_in_YamlDotNet_has_its_own_translation() =>
        Assert.All(Listed, message => Assert.True(YamlMessages.Knows(message), $"no translation: {message}"));

    [Fact]
    public void Every_message_is_provoked_by_a_test_or_explained_as_unreachable()
    {
        var provoked = Provoked.Select(row => (string)row[0]).ToList();
        var missing = Listed.Where(m => !Unreachable.ContainsKey(m) && !provoked.Exists(p => Template(m).IsMatch(p))).ToList();
        Assert.Empty(missing);
        Assert.All(Unreachable.Keys, m => Assert.Contains(m, Listed));
        Assert.All(provoked, p => Assert.Contains(Listed, m => Template(m).IsMatch(p)));
    }

    [Fact]
    public void The_translations_hold_no_English()
    {
        Assert.All(Listed, message =>
        {
            var translated = YamlMessages.Translate(message);
            Assert.Empty(EnglishText.Words(translated.Text + " " + translated.Hint));
        });
    }

    [Fact]
    public void An_unknown_message_falls_back_to_Chinese_without_its_English()
    {
        var message = YamlMessages.Translate("While frobnicating a scalar, found something new.");
        Assert.Same(YamlMessages.Unknown, message);
        Assert.Empty(EnglishText.Words(message.Text + " " + message.Hint));
    }

    /// <summary>The message as YamlDotNet alone gives it, loading the text as the engine does (parser, then representation model).</summary>
    private static string YamlDotNetSays(string yaml)
    {
        try
        {
            new YamlStream().Load(new StringReader(yaml));
            return "(no error)";
        }
        catch (YamlException e)
        {
            return e.Message;
        }
    }

    /// <summary>A listed message as a pattern: its interpolated holes ({key}) match any text.</summary>
    private static Regex Template(string message) =>
        new("^" + Regex.Replace(Regex.Escape(message), @"\\\{[^}]*}", ".*") + "$", RegexOptions.None, TimeSpan.FromSeconds(1));
}
