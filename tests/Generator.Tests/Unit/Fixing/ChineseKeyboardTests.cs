using System.Text.RegularExpressions;
using Generator.Diagnostics;
using Generator.Fixing;

namespace Generator.Tests.Unit.Fixing;

/// <summary>
/// The class of Chinese-keyboard slips, walked over every place of the samples where staff can make one:
/// each key's colon typed full-width, each figure in full-width digits or with 件 after it, each comma of a
/// row typed as 中文逗号 or 顿号. Every slip must be told (the right code, on its line) with a certain fix,
/// and <see cref="DataFileFixer"/> must give back exactly the sample's text — every other byte untouched.
/// </summary>
public sealed partial class ChineseKeyboardTests
{
    public static TheoryData<string> Samples() => ["data/demo/2022.yaml", "data/guichi/2020.yaml", "data/dongxihu/2019.yaml", "data/jiyuan/2021.yaml"];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_key_typed_with_a_full_width_colon_is_told_on_its_line_and_fixed_back(string sample) =>
        Walk(sample, KeyColon(), m => m.Groups["colon"], "：", DiagnosticCode.ChineseInputCharacter.Id);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_figure_in_full_width_digits_is_told_and_fixed_back(string sample) =>
        Walk(sample, Figure(), m => m.Groups["n"], null, DiagnosticCode.NotAnInteger.Id, n => string.Concat(n.Select(c => (char)(c + 0xFEE0))),
            alsoTold: DiagnosticCode.InvalidMoney.Id);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_figure_with_a_unit_after_it_is_told_and_fixed_back(string sample) =>
        Walk(sample, Count(), m => m.Groups["n"], null, DiagnosticCode.NotAnInteger.Id, n => n + "件");

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_comma_of_a_row_typed_as_a_chinese_comma_is_told_and_fixed_back(string sample)
    {
        Walk(sample, RowComma(), m => m.Groups["comma"], "，", DiagnosticCode.ChineseInputCharacter.Id);
        Walk(sample, RowComma(), m => m.Groups["comma"], "、", DiagnosticCode.ChineseInputCharacter.Id);
    }

    /// <summary>
    /// For each match of <paramref name="places"/> in the sample, on its own: replaces the group by <paramref name="slip"/>
    /// (or by <paramref name="mutate"/> of it), checks the slip is reported on that line with a fix, and that fixing gives the sample back.
    /// </summary>
    /// <param name="alsoTold">Another code that tells the slip where the place is money (GEN0107).</param>
    private static void Walk(string sample, Regex places, Func<Match, Group> place, string? slip, string code, Func<string, string>? mutate = null, string? alsoTold = null)
    {
        var original = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, sample));
        var year = int.Parse(Path.GetFileNameWithoutExtension(sample), System.Globalization.CultureInfo.InvariantCulture);
        var lineStarts = LineStarts(original);
        var count = 0;
        foreach (Match match in places.Matches(original))
        {
            var group = place(match);
            var text = string.Concat(original.AsSpan(0, group.Index), slip ?? mutate!(group.Value), original.AsSpan(group.Index + group.Length));
            var line = lineStarts.FindLastIndex(start => start <= group.Index) + 1;

            var (_, diagnostics) = ReaderRun.Report(text, checkRelations: false);
            Assert.True(diagnostics.Items.Any(d => (d.Code == code || d.Code == alsoTold) && d.Span.Line == line && d.Fix is not null),
                $"{sample} line {line}: “{text.Split('\n')[line - 1]}” is not told as {code} with a fix:\n{string.Join("\n", diagnostics.Items.Select(d => $"{d.Span} {d.Code} {d.Message}"))}");

            var (fixedText, edits, blocking) = DataFileFixer.FixText(text, "test.yaml", bureau: false, year);
            Assert.Empty(blocking);
            Assert.NotEmpty(edits);
            Assert.True(fixedText == original, $"{sample} line {line}: fixing gave “{fixedText.Split('\n')[line - 1]}”");
            count++;
        }

        Assert.True(count > 10, $"{sample}: only {count} places walked");
    }

    private static List<int> LineStarts(string text) =>
        [0, .. text.Select((c, i) => (c, i)).Where(p => p.c == '\n').Select(p => p.i + 1)];

    /// <summary>A key at the start of a line outside the narrative (no key sits at the start of a narrative line here).</summary>
    [GeneratedRegex(@"^ *(?<key>[a-z_]+)(?<colon>:) ", RegexOptions.Multiline)]
    private static partial Regex KeyColon();

    /// <summary>A figure in a row of table 2 or 3, a count of table 1, or an amount of money.</summary>
    [GeneratedRegex(@"(?<=[\[,{] *|: )(?<n>[0-9]+)(?= *[,\]}])")]
    private static partial Regex Figure();

    /// <summary>A count (not an amount of money): a figure of a row, or of table 1.</summary>
    [GeneratedRegex(@"(?<=[\[,{] *|(?<!amount): )(?<n>[0-9]+)(?= *[,\]}])")]
    private static partial Regex Count();

    /// <summary>A comma between two figures of a row.</summary>
    [GeneratedRegex(@"(?<=\[[^\]\n]*[0-9~])(?<comma>,)(?= *[0-9~])")]
    private static partial Regex RowComma();
}
