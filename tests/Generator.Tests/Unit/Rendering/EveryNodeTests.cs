using Generator.Diagnostics;
using Generator.Document;
using Generator.Document.Blocks;
using Generator.Document.Inlines;
using Generator.Tests.Golden;

namespace Generator.Tests.Unit.Rendering;

/// <summary>
/// One document holding every node type in the shapes templates and narrative rarely produce
/// (headings down to level 4, nested and renumbered lists, a line break, a page break, a merged table,
/// a signature), rendered by every format into golden files in <c>EveryNode/</c>: what
/// <see cref="RendererCoverageTests"/> proves exists, this shows the output of.
/// </summary>
public sealed class EveryNodeTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepoRoot, "tests", "Generator.Tests", "Unit", "Rendering", "EveryNode");

    public static TheoryData<string> Formats() => new() { "html", "md", "docx" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_node_type_renders_as_in_the_golden_file(string format)
    {
        var writer = Generator.Building.ReportBuilder.AllWriters.Single(w => w.FormatName == format);
        var bytes = writer.Write(Document) ?? throw new InvalidOperationException($"{format} wrote nothing");
        var text = format == "docx" ? WordXml.PrettyDocument(bytes) : System.Text.Encoding.UTF8.GetString(bytes);

        GoldenFile.Verify(text, Folder, "every-node", format == "docx" ? "docx.xml" : format);
        if (format == "docx")
        {
            Assert.Empty(WordXml.ValidationErrors(bytes));
        }
    }

    [Fact]
    public void The_document_holds_every_node_type()
    {
        var types = new HashSet<Type>();
        void Walk(object node)
        {
            types.Add(node.GetType());
            foreach (var child in node.GetType().GetProperties().Select(p => p.GetValue(node)).OfType<System.Collections.IEnumerable>()
                         .Where(v => v is not string).SelectMany(v => v.OfType<Node>()))
            {
                Walk(child);
            }
        }

        foreach (var block in Document.Blocks)
        {
            Walk(block);
        }

        Assert.All(RendererCoverageTests.NodeTypes, t => Assert.Contains(t, types));
    }

    private static readonly SourceSpan At = new("every-node", 1, 1);

    private static TextRun T(string text) => new(text, At);

    private static Paragraph P(params Inline[] inlines) => new(inlines, At);

    private static ListItem Item(params Block[] blocks) => new(blocks, At);

    private static TableCell Cell(CellKind kind, string text, int column, int rowSpan = 1, int colSpan = 1) => new(kind, text, column, rowSpan, colSpan, At);

    private static ReportDocument Document { get; } = new("示例市公安局2023年政府信息公开工作年度报告", [
        new Heading(1, [T("示例市公安局2023年政府信息公开工作年度报告")], At),
        new Heading(2, [T("一、总体情况")], At),
        P(new Strong([T("（一）主动公开。")], At), T("全年发布信息 120 条，"), new Emphasis([T("重点")], At), T("领域"),
            new Strong([T("及时")], At), T("公开；详见"), new Link("https://www.example.gov.cn/xxgk", [T("门户网站")], At), T("。"),
            new LineBreak(At), T("第二行。")),
        new Heading(3, [T("工作措施")], At),
        new Heading(4, [T("具体做法")], At),
        new ListBlock(true, 3, [
            Item(P(T("第三项，编号从 3 开始。"))),
            Item(P(T("第四项，含下级列表：")), new ListBlock(false, 1, [Item(P(T("要点甲"))), Item(P(T("要点乙")))], At)),
            Item(new ListBlock(true, 1, [Item(P(T("列表项以列表开头")))], At)),
        ], At),
        new PageBreak(At),
        new Table("表 示例 合并单元格", 4, 2, [
            new TableRow([Cell(CellKind.ColumnHeader, "项目", 0, rowSpan: 2), Cell(CellKind.ColumnHeader, "件数", 1, colSpan: 3)], At),
            new TableRow([Cell(CellKind.ColumnHeader, "甲", 1), Cell(CellKind.ColumnHeader, "乙", 2), Cell(CellKind.ColumnHeader, "总计", 3)], At),
            new TableRow([Cell(CellKind.RowHeader, "一、分组", 0, rowSpan: 2), Cell(CellKind.Data, "1", 1), Cell(CellKind.Data, "", 2), Cell(CellKind.Data, "1", 3)], At),
            new TableRow([Cell(CellKind.Data, "0", 1), Cell(CellKind.Data, "2", 2), Cell(CellKind.Data, "2", 3)], At),
        ], [3, 1, 1, 1], At),
        new SignatureBlock("示例市公安局", "2024年1月15日", At),
    ]);
}
