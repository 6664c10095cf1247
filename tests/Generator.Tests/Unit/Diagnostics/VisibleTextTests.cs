using Generator.Diagnostics;

namespace Generator.Tests.Unit.Diagnostics;

/// <summary>
/// Issue 15, item 13: no character of a data file reaches the terminal as a control sequence — every control
/// character (and the bidi controls) in any part of a diagnostic is shown as an escape.
/// </summary>
public sealed class VisibleTextTests
{
    public static TheoryData<int> Hidden() =>
        // A line feed ends a source line and a hint's line, and is told apart by the readers already.
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Concat(Enumerable.Range(0x7F, 0x21)).Concat(Enumerable.Range(0x202A, 5)).Concat(Enumerable.Range(0x2066, 4))];

    [Theory]
    [MemberData(nameof(Hidden))]
    public void Every_part_of_a_printed_diagnostic_shows_the_character_as_an_escape(int character)
    {
        var c = ((char)character).ToString();
        var sources = new SourceTextCache();
        var file = $"data/x{c}/2022.yaml";
        sources.Remember(file, $"title: 标题{c}结束\n");
        var diagnostic = new Diagnostic(Severity.Error, "GEN0113", new SourceSpan(file, 1, 10), $"消息{c}", $"提示{c}\n第二行");

        var printed = new DiagnosticFormatter(sources).Format([diagnostic]);

        var shown = character < 0x100 ? $"\\x{character:x2}" : $"\\u{character:x4}";
        Assert.DoesNotContain(c, printed.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(4, CountOf(printed, shown)); // file, message, source line, hint
        Assert.Contains("          第二行", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void The_caret_still_points_under_the_character_after_an_escape()
    {
        var sources = new SourceTextCache();
        sources.Remember("a.yaml", "ab\u001bcd\n");
        var printed = new DiagnosticFormatter(sources).Format([new Diagnostic(Severity.Error, "GEN0002", new SourceSpan("a.yaml", 1, 4), "x")]);
        var lines = printed.Split('\n');

        Assert.Equal("    ab\\x1bcd", lines[1]);
        Assert.Equal("    ab\\x1bc", lines[1][..(lines[2].IndexOf('^', StringComparison.Ordinal) + 1)]);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
