using System.Text.RegularExpressions;

namespace Generator.Data.Yaml;

/// <summary>
/// Every message YamlDotNet (18.1.0) can throw while reading a file, in Chinese for the staff who edit the
/// data, so that no English from the parser reaches them. YamlDotNet composes its messages ("While scanning
/// a quoted scalar, found unexpected end of stream."), so each entry matches a few stable words of one,
/// case-insensitively; entries are tried in order, specific ones before the catch-all of their kind, and a
/// message no entry knows (a newer YamlDotNet) gets <see cref="Unknown"/>, never its English.
/// tests/Generator.Tests/Unit/Data/YamlDotNetMessages.txt lists the messages and how they were extracted.
/// </summary>
internal static partial class YamlMessages
{
    private const int MaxNameLength = 16;

    /// <summary>What a message this table does not know says; the caller adds its general hint.</summary>
    public static readonly YamlMessage Unknown = new("此处的写法无法识别");

    private const string QuoteHint = "请在这段文字末尾补上对应的引号（\" 或 '），或删去开头的引号；文字里要用引号时，请用中文引号“”。";
    private const string EscapeHint = "在双引号里，反斜杠 \\ 有特殊含义：要写反斜杠本身请写两个（\\\\），或改用单引号把整个值括起来。";
    private const string CommentHint = "# 表示注释，前面要留一个空格；如果 # 是文字的一部分，请把整个值放进引号里。";
    private const string BlockHint = "多行文字的写法是：“字段: |”单独占一行，文字从下一行开始，比字段名多缩进两个空格。";
    private const string AnchorHint = "数据文件用不到锚点（&名字）和别名（*名字）：值以 & 或 * 开头时（例如加粗的 **文字**），请给整个值加上引号，或改用“字段: |”另起一行书写；要重复的内容请直接写出来。";
    private const string TagHint = "数据文件用不到以 ! 开头的类型标记：如果 ! 是文字的一部分，请给整个值加上引号，或改用中文感叹号“！”。";
    private const string DirectiveHint = "数据文件不需要以 % 开头的行：请删去这一行（如果它下面紧跟着一行 ---，也一并删去）。";
    private const string DocumentHint = "数据文件只能有一个文档：请删去多余的 ---、... 和 % 开头的行，并检查括号是否多了 ] 或 }。";
    private const string ColonHint = "一行只能写一个“字段: 值”；值里含有冒号加空格时，请给整个值加上引号，或改用中文冒号“：”。";
    private const string TabHint = "YAML 只能用空格缩进：请把这一行开头的 Tab 换成空格（同一层的字段要对齐）。";

    /// <summary>The text of the whitespace-only line in a multi-line text, which YamlDotNet refuses (see <see cref="SpacesOnlyLine"/>).</summary>
    public const string SpacesOnlyLineDeeper = "这一段文字中有一行只有空格（比下面的文字缩进更深），请删去这一行中的空格";

    private static readonly YamlMessage SpacesOnly =
        new(SpacesOnlyLineDeeper, "空行可以保留，但其中不要留空格；编辑器里看不出来时，可以删掉这一行再重新按回车。");

    private static readonly Entry[] Table =
    [
        // Quoted text.
        new(["comment after double-quoted"], new("引号后面紧跟着 #", CommentHint)),
        new(["double-quoted scalar", "indentation"], new("双引号没有配对（或引号里的文字换行后缩进不够）",
            "请检查引号开始的这一行末尾是否漏了右引号 \"；如果文字确实要换行，接下来的行要比字段名缩进更深。")),
        new(["quoted scalar", "end of stream"], new("引号没有配对：从这里开始的引号直到文件末尾都没有结束", QuoteHint)),
        new(["quoted scalar", "document indicator"], new("引号没有配对：从这里开始的引号一直延续到了 --- 或 ... 这一行", QuoteHint)),
        new(["quoted scalar", "unknown escape"], new("双引号里的反斜杠 \\ 后面跟了不能识别的字符", EscapeHint), AtBackslash),
        new(["quoted scalar", "hexadecimal"], new("双引号里的 \\x、\\u 或 \\U 后面应是十六进制数字", EscapeHint), AtBackslash),
        new(["quoted scalar", "surrogates"], new("双引号里的 \\u 转义不是一个完整的字符", "请直接写出这个字符本身，不要用 \\u 转义。"), AtBackslash),
        new(["quoted scalar", "escape code"], new("双引号里的 \\U 转义超出了字符的范围", "请直接写出这个字符本身，不要用 \\U 转义。"), AtBackslash),
        new(["quoted scalar"], new("引号里的内容写法不对", QuoteHint)),

        // Comments written against other marks, and what follows a comment.
        new(["comment after ']'"], new("] 后面紧跟着 #", CommentHint)),
        new(["comment after comma"], new("逗号后面紧跟着 #", CommentHint)),
        new(["comment between adjacent scalars"], new("注释之后又出现了文字", "注释（# 之后）只能写到行末；请检查这几行是否都写成了“字段: 值”。"), AtLeadingAnchor),
        new(["content after '...'"], new("文件结束标记 ... 后面还有内容", DocumentHint)),

        // Multi-line text (| and >).
        new(["extra spaces in first line"], SpacesOnly, SpacesOnlyLine),
        new(["more spaces in lines above first content line"], SpacesOnly, SpacesOnlyLine),
        new(["block scalar", "indentation indicator"], new("| 或 > 后面不能写数字 0", BlockHint)),
        new(["block scalar", "comment without"], new("| 或 > 后面紧跟着 #", "| 或 > 后面不用写别的内容；如需注释，# 前要留一个空格。")),
        new(["block scalar", "comment or line break"], new("| 或 > 后面的同一行不能再写文字",
            BlockHint + "如果这段文字本身以 | 或 > 开头，请给整个值加上引号。")),
        new(["block scalar"], new("多行文字（| 或 > 之后）的写法不对", BlockHint)),

        // Anchors (&name) and aliases (*name); the prescan's own messages name the alias.
        new(["anchor before sequence entry"], new("锚点（&名字）不能写在列表项“- ”的前面", AnchorHint)),
        new(["anchor or alias"], new("& 或 * 后面缺少名字（或名字里有括号、逗号）", AnchorHint)),
        new(["more than one anchor"], new("一个值前面写了两个锚点（&名字）", AnchorHint)),
        new(["the anchor", "does not exist"], new("“*{name}”被当作别名，但文件中没有定义这个别名", AnchorHint)),
        new(["comes before its anchor"], new("别名“*{name}”写在了锚点“&{name}”之前", AnchorHint)),
        new(["inside the node of its anchor"], new("别名“*{name}”写在了它所指的锚点“&{name}”的内容里面，这样的内容会无限重复", AnchorHint)),
        new(["only an alias"], new("文件的内容只有一个别名（*名字）", AnchorHint)),
        new(["anchor value must not be empty"], new("& 或 * 后面缺少名字", AnchorHint)),
        new(["parsing a node", "expected token"], new("锚点（&名字）或类型标记（! 开头）后面不能紧跟别名（*名字）", AnchorHint)),

        // Tags (!name).
        new(["undefined tag handle"], new("类型标记（! 开头）用了没有定义的前缀", TagHint)),
        new(["comma at end of tag"], new("类型标记（! 开头）不能以逗号结尾", TagHint)),
        new(["tag directive", "expected '!'"], new("% 开头的标记定义行中，标记名应以 ! 开头和结尾", DirectiveHint)),
        new(["scanning a tag", "expected '!'"], new("% 开头的标记定义行中，标记名应以 ! 开头", DirectiveHint)),
        new(["scanning a tag", "'>'"], new("以 !< 开头的类型标记缺少结尾的 >", TagHint)),
        new(["scanning a tag", "whitespace"], new("类型标记（! 开头）后面应有一个空格", TagHint)),
        new(["scanning a tag", "octet"], new("类型标记（! 开头）中的 % 转义写法不对", TagHint)),
        new(["scanning a tag", "utf-8"], new("类型标记（! 开头）中的 % 转义写法不对", TagHint)),
        new(["scanning a tag"], new("类型标记（! 开头）写法不对", TagHint)),

        // Directives (lines starting with %) and documents (---, ...).
        new(["incompatible yaml document"], new("不支持文件开头声明的 YAML 版本",
            "请删去文件开头以 %YAML 开头的这一行（以及紧随其后的 --- 行）：数据文件不需要声明版本。")),
        new(["duplicate %yaml"], new("YAML 版本声明（%YAML）写了两次", DirectiveHint)),
        new(["duplicate %tag"], new("同一个标记定义（% 开头的行）写了两次", DirectiveHint)),
        new(["document end marker before version directive"], new("% 开头的行只能写在文件的最开头", DirectiveHint), AtMisplacedDirective),
        new(["version directive", "document end"], new("% 开头的行只能写在文件的最开头", DirectiveHint)),
        new(["%yaml directive"], new("% 开头的版本声明写法不对", DirectiveHint)),
        new(["%tag directive"], new("% 开头的标记定义写法不对", DirectiveHint)),
        new(["directive"], new("这一行以 % 开头，写法不对",
            "行首的 % 在 YAML 中表示指令，数据文件用不到：如果这是文字，请把它缩进到应有的位置或给整个值加上引号；否则请删去这一行。")),
        new(["expected <document start>"], new("文件的主体在此之前已经结束，这里多出了内容", DocumentHint)),
        new(["expected <document end>"], new("这里多出了内容，或这一行的缩进与文件第一行不一致",
            "文件最外层的字段都要顶格写（前面没有空格）；也请检查上面是否多了一个 ] 或 }。")),
        new(["expected <stream-start>"], new("文件的开头无法读取", DocumentHint)),
        new(["end of the stream"], new("文件意外结束", "请检查文件末尾的引号、括号是否配对。")),

        // Indentation, colons, lists and brackets.
        new(["block mapping", "expected key"], new("缩进不对：这一行没有与同一层的字段对齐",
            "同一层的字段要左端对齐（用同样多的空格缩进）；请对照上下几行调整这一行开头的空格。"), LineShape),
        new(["block collection", "expected '-'"], new("列表缩进不对：这一行应以“- ”开头并与上面的列表项对齐",
            "列表的每一项都以“- ”开头、左端对齐；如果这一行是下一个字段，请把它与上一层的字段对齐。")),
        new(["block sequence entries are not allowed"], new("这里不能开始一个列表（“- ”）",
            "列表项要另起一行，并比字段名多缩进两个空格；如果 - 是文字的一部分，请给整个值加上引号。")),
        new(["mapping values are not allowed"], new("这一行多了一个冒号“:”", ColonHint), ColonInValue),
        new(["mapping keys are not allowed"], new("这里不能出现“? ”", "? 加空格在 YAML 中有特殊含义，数据文件用不到：如果 ? 是文字的一部分，请给整个值加上引号。")),
        new(["multiline plain scalar", "invalid mapping"], new("这一行不是“字段: 值”的形式，与下一行连成了一段文字",
            "请检查这一行是否漏写了冒号，或缩进不对。"), LineAbove),
        new(["plain scalar value", "invalid mapping"], new("缩进不对：这一行比上面的字段缩进更深",
            "上一行的字段已经写了值，它下面不能再有缩进更深的字段；请把这一行与上一行的字段对齐。"), ColonInValue),
        new(["plain scalar", "tab character"], new("缩进中有 Tab 字符", TabHint)),
        new(["tab as indentation"], new("缩进中有 Tab 字符", TabHint)),
        new(["simple key", "expected ':'"], new("这一行缺少冒号“:”", "每个字段都写成“字段: 值”（英文冒号后面跟一个空格）。"), LineShape),
        new(["invalid key indicator"], new("方括号或花括号里出现了单独的“-”", "如果 - 是文字（例如表示“无”），请给它加上引号：\"-\"。")),
        new(["flow sequence", "',' or ']'"], new("方括号 [ ] 里缺少逗号，或方括号没有结束",
            "方括号里的各项用英文逗号“,”分隔，最后以“]”结束；如果这是文字，请给整个值加上引号。")),
        new(["flow mapping", "',' or '}'"], new("花括号 { } 里缺少逗号，或花括号没有结束",
            "花括号里的各项写成“字段: 值”，用英文逗号“,”分隔，最后以“}”结束。")),
        new([YamlPrescan.UnclosedFlowSequence], new("方括号 [ 没有结束（缺少对应的 ]）",
            "请在这一行的值末尾补上“]”，并检查各项之间是否用英文逗号分隔；如果 [ 是文字的一部分，请给整个值加上引号。")),
        new([YamlPrescan.UnclosedFlowMapping], new("花括号 { 没有结束（缺少对应的 }）",
            "请在这一行的值末尾补上“}”，并检查各项之间是否用英文逗号分隔；如果 { 是文字的一部分，请给整个值加上引号。")),
        new(["expected node content"], new("这里缺少应有的内容", "请检查这一处的括号是否配对、冒号后是否漏写了值。"), StrayMark),
        new(["cannot start any token"], new("这个符号不能用在这里", "如果值就是以这个符号开头的文字，请给整个值加上引号。"), StartCharacter),
        new(["duplicate key"], new("同一个字段写了两次", "同一层中每个字段只能出现一次，请删除或合并重复的一处。")),
        new(["expected '", "got"], new("文件的结构无法读取", DocumentHint)),
        new([YamlPrescan.ParserFailed], new("无法解析此处之后的内容")),
    ];

    /// <summary>The Chinese for a parser message, with <c>{name}</c> filled from the message's quoted name; <see cref="Unknown"/> if no entry knows it.</summary>
    public static YamlMessage Translate(string message) => Find(message) is { } entry ? Named(entry.Message, message) : Unknown;

    /// <summary>Whether an entry (not the fallback) translates the message.</summary>
    public static bool Knows(string message) => Find(message) is not null;

    private static Entry? Find(string message)
    {
        var normal = Whitespace().Replace(message, " ");
        return Array.Find(Table, e => e.Parts.All(p => normal.Contains(p, StringComparison.OrdinalIgnoreCase)));
    }

    private static YamlMessage Named(YamlMessage message, string english)
    {
        if (!message.Text.Contains("{name}", StringComparison.Ordinal))
        {
            return message;
        }

        var name = QuotedName().Match(english) is { Success: true } m ? m.Groups[1].Value : "名字";
        if (name.Length > MaxNameLength)
        {
            // A sentence that starts with * reads as one long alias name; its beginning is enough to find it.
            name = name[..MaxNameLength] + "…";
        }

        return message with { Text = message.Text.Replace("{name}", name, StringComparison.Ordinal) };
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("'(.*)'")]
    private static partial Regex QuotedName();

    /// <summary>A message's stable words, its Chinese, and how to place it better than the parser did (null: where the parser says).</summary>
    private sealed record Entry(string[] Parts, YamlMessage Message, Refine? Refine = null);
}
