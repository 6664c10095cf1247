using Generator.Diagnostics;
using Generator.Summary;

namespace Generator.Tests.Unit.Summary;

/// <summary>groups.yaml: nesting flattens in order without repeats, and every kind of mistake is reported at its own line.</summary>
public sealed class GroupsTests
{
    private static readonly HashSet<string> Bureaus = new(["a", "b", "c", "d"], StringComparer.Ordinal);

    private static (Groups Groups, IReadOnlyList<Diagnostic> Diagnostics) Read(string yaml)
    {
        var data = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(data, Groups.FileName), yaml);
        var diagnostics = new DiagnosticBag();
        return (Groups.Read(data, data, Bureaus, new SourceTextCache(), diagnostics), diagnostics.Items);
    }

    [Fact]
    public void Nested_groups_flatten_in_order_and_a_bureau_listed_twice_counts_once()
    {
        var (groups, diagnostics) = Read("市:\n  - 东区\n  - c\n  - a\n东区:\n  - a\n  - b\n  - 北片\n北片:\n  - d\n");
        Assert.Empty(diagnostics);
        Assert.Equal(["a", "b", "d", "c"], groups.BureausOf("市"));
        Assert.Equal(["市", "东区", "北片"], groups.Names);
    }

    [Fact]
    public void No_file_means_no_groups_and_no_diagnostic()
    {
        var diagnostics = new DiagnosticBag();
        var groups = Groups.Read(TestPaths.NewTempFolder(), null, Bureaus, new SourceTextCache(), diagnostics);
        Assert.Empty(groups.Names);
        Assert.Empty(diagnostics.Items);
    }

    public static TheoryData<string, int, int, string> Mistakes() => new()
    {
        { "市:\n  - a\n  - e\n", 3, 5, "成员“e”既不是" },
        { "市: a\n", 1, 4, "下应是成员列表" },
        { "市:\n  - a\n  - { b: 1 }\n", 3, 5, "成员应是单位标识或分组名" },
        { "市:\n  - 区\n区:\n  - 片\n片:\n  - 市\n", 1, 1, "包含了它自己：市 → 区 → 片 → 市" },
        { "市:\n  - 市\n", 1, 1, "包含了它自己：市 → 市" },
        { "? [x]\n: [a]\n", 1, 3, "分组名应是一段文字" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Each_mistake_is_GEN0701_at_its_line(string yaml, int line, int column, string message)
    {
        var (_, diagnostics) = Read(yaml);
        var found = diagnostics.FirstOrDefault(d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.True(found is not null, string.Join("\n", diagnostics));
        Assert.Equal(DiagnosticCode.GroupInvalid.Id, found!.Code);
        Assert.Equal((line, column), (found.Span.Line, found.Span.Column));
        Assert.EndsWith("groups.yaml", found.Span.File, StringComparison.Ordinal);
    }
}
