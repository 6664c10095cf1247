using Generator.Data.Yaml;
using Generator.Diagnostics;

namespace Generator.Tests.Unit.Data;

/// <summary>A YAML error is reported on the line to fix, where YamlDotNet's own place is a line or more away.</summary>
public sealed class YamlErrorPlacesTests
{
    private const string FirstLineOnlySpaces = "这一段文字的第一行只有空格，请删去这一行中的空格";

    [Theory]
    [InlineData("a: |\n    \n  text\n", 2, YamlMessages.SpacesOnlyLineDeeper)] // YamlDotNet: line 3
    [InlineData("b:\n  a: |\n      \n    text\n", 3, YamlMessages.SpacesOnlyLineDeeper)]
    [InlineData("a: >\n\n      \n  text\n", 3, YamlMessages.SpacesOnlyLineDeeper)] // the deepest of the blank lines
    [InlineData("a: |2\n     \n  text\n", 2, YamlMessages.SpacesOnlyLineDeeper)]
    [InlineData("a: |\n  \n  text\n", 2, FirstLineOnlySpaces)] // not deeper: YAML allows it, YamlDotNet does not
    [InlineData("b:\n  a: |\n    \n    text\n", 3, FirstLineOnlySpaces)]
    public void A_line_of_only_spaces_in_a_text_is_reported_on_that_line(string yaml, int line, string message) =>
        AssertError(yaml, line, 1, message);

    [Theory]
    [InlineData("a: |\n  x\n      \n  y\n")] // after the first line of words, spaces are part of the text
    [InlineData("a: |\n\n  text\n")]
    [InlineData("a: |\n \n  text\n")]
    public void Blank_lines_YamlDotNet_accepts_stay_accepted(string yaml) => AssertNoError(yaml);

    [Theory]
    [InlineData("a: [1, 2\nb: 3\n", 1, 4, "方括号 [ 没有结束（缺少对应的 ]）")] // YamlDotNet threw InvalidOperationException
    [InlineData("x:\n  a: [1, 2\n  b: 3\n", 2, 6, "方括号 [ 没有结束（缺少对应的 ]）")]
    [InlineData("a: [1, 2]\nb: [3, 4\n", 2, 4, "方括号 [ 没有结束（缺少对应的 ]）")] // YamlDotNet: line 3, the end of the file
    [InlineData("a: [1, 2\n  b: 3]\n", 1, 4, "方括号 [ 没有结束（缺少对应的 ]）")]
    [InlineData("a: [1, [2, 3]\nb: 1\n", 1, 4, "方括号 [ 没有结束（缺少对应的 ]）")] // the outer one: the inner is closed
    [InlineData("a: {b: 1\n", 1, 4, "花括号 { 没有结束（缺少对应的 }）")]
    [InlineData("a: 1\n[b: 2\nc: 3\n", 2, 1, "方括号 [ 没有结束（缺少对应的 ]）")] // the scanner crashed before the parser saw the [
    [InlineData("a: 1  # [x\n{b: 2\nc: 3\n", 2, 1, "花括号 { 没有结束（缺少对应的 }）")] // not the [ of a comment
    [InlineData("a: {x: 1 y: 2}\n", 1, 11, "花括号 { } 里缺少逗号，或花括号没有结束")] // on the brace's own line: where YamlDotNet says
    public void An_unclosed_bracket_is_reported_at_the_bracket(string yaml, int line, int column, string message) =>
        AssertError(yaml, line, column, message);

    [Fact]
    public void A_bracket_closed_on_a_later_line_is_fine() => AssertNoError("a: [1,\n  2]\nb: {c: 1,\n  d: 2}\n");

    [Theory]
    [InlineData("year: 2022\na: *nope\n", 2, 4, "“*nope”被当作别名，但文件中没有定义这个别名")] // YamlDotNet: line 1, column 1
    [InlineData("a: b\n--- *a\n", 2, 5, "“*a”被当作别名，但文件中没有定义这个别名")] // anchors do not reach into the next document
    [InlineData("a: *x\nb: &x 1\n", 1, 4, "别名“*x”写在了锚点“&x”之前")] // YamlDotNet accepts it
    [InlineData("x: &a [*b]\ny: &b [*a]\n", 1, 8, "别名“*b”写在了锚点“&b”之前")] // YamlDotNet accepts it: a cycle
    [InlineData("&a [*a]\n", 1, 5, "别名“*a”写在了它所指的锚点“&a”的内容里面")] // YamlDotNet accepts it: a cycle
    [InlineData("&a {*a : 1, *a : 2}\n", 1, 5, "别名“*a”写在了它所指的锚点“&a”的内容里面")] // killed the process (stack overflow)
    public void An_alias_without_an_anchor_before_it_is_reported_at_the_alias(string yaml, int line, int column, string message) =>
        AssertError(yaml, line, column, message);

    [Fact]
    public void An_alias_after_its_anchor_is_fine() => AssertNoError("a: &x 1\nb: *x\nc: &y [1, 2]\nd: *y\n");

    [Theory]
    [InlineData("a: \"ab\\xZZ\"\n", 1, 7, "后面应是十六进制数字")] // YamlDotNet: the opening quote
    [InlineData("a:1\nb: 2\n", 1, 1, "冒号后面缺少空格")] // YamlDotNet: the colon on line 2
    [InlineData("x: 1\na:\u30001\nb: 2\n", 2, 1, "冒号后面是全角空格，应为半角空格")]
    [InlineData("x:\n  a: 1\n  b 2\n  c: 3\n", 3, 3, "这一行缺少冒号“:”")]
    [InlineData("a: 1\n  b: 2\n", 2, 3, "缩进不对：这一行比上面的字段缩进更深")] // YamlDotNet: the colon
    [InlineData("a: \"x\" y\n", 1, 8, "引号或括号结束后，同一行还有多余的内容")]
    [InlineData("a: [3, 0, , 0]\n", 1, 11, "方括号里缺了一项：两个逗号之间什么也没写")]
    [InlineData("a: [, 0]\n", 1, 5, "方括号里缺了一项：两个逗号之间什么也没写")]
    [InlineData("a: ,b\n", 1, 4, "多了一个逗号“,”")]
    [InlineData("a: 1\n]\n", 2, 1, "多了一个“]”：前面没有与之配对的“[”")]
    [InlineData("a:\n  b: {c: 1}}\n", 2, 12, "多了一个“}”：前面没有与之配对的“{”")]
    [InlineData("# c\n&year: 2021  # c\nformat: 2021\n", 2, 1, "这一行开头多了一个“&”")] // YamlDotNet: line 3, "a comment between scalars"
    [InlineData("---\n%YAML 1.1\n---\na: 1\n", 2, 1, "% 开头的行只能写在文件的最开头")] // YamlDotNet: no place (line 1)
    public void Other_errors_are_reported_where_to_fix_them(string yaml, int line, int column, string message) =>
        AssertError(yaml, line, column, message);

    private static void AssertError(string yaml, int line, int column, string message)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(YamlFile.Parse(yaml, "test.yaml", diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal(DiagnosticCode.YamlSyntax.Id, error.Code);
        Assert.Equal((line, column), (error.Span.Line, error.Span.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static void AssertNoError(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        Assert.NotNull(YamlFile.Parse(yaml, "test.yaml", diagnostics));
        Assert.Empty(diagnostics.Items);
    }
}
