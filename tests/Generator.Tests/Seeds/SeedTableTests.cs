using System.Collections.Concurrent;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Generator.Tests.Golden;
using Xunit.Abstractions;

namespace Generator.Tests.Seeds;

/// <summary>
/// Reads the three tables of each seed report's generated HTML back with AngleSharp and compares them with
/// two independent sources: the official forms (labels, character for character, and merged-cell geometry,
/// transcribed from the shared spec <c>official-format.md</c> §2–§4) and the published seed reports
/// (every figure, transcribed from the seed dumps <c>seeds/00N_*.txt</c>, not from data/). A wrong YAML figure, a
/// template label typo or a broken rowspan/colspan each fail here with the seed, table, row and column named.
/// </summary>
public sealed class SeedTableTests(ITestOutputHelper output)
{
    private const string Blank = "_";

    private static readonly string[] ApplicantColumns = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    private static readonly string[] AppealResults = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    private static readonly string[] AppealGroups = ["行政复议", "未经复议直接起诉", "复议后起诉"];

    private static readonly ConcurrentDictionary<string, IReadOnlyList<IHtmlTableElement>> Built = new(StringComparer.Ordinal);

    private readonly ITestOutputHelper _output = output;

    private enum ReportFormat
    {
        Format2019,
        Format2021,
    }

    public static TheoryData<string> SeedIds() => ["000", "001", "002", "003", "004"];

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Table1_labels_are_the_official_ones(string seedId) => CheckLabels(seedId, 0);

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Table2_labels_are_the_official_ones(string seedId) => CheckLabels(seedId, 1);

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Table3_labels_are_the_official_ones(string seedId) => CheckLabels(seedId, 2);

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Table1_has_the_official_geometry(string seedId) => CheckGeometry(seedId, 0);

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Table2_has_the_official_geometry(string seedId) => CheckGeometry(seedId, 1);

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Table3_has_the_official_geometry(string seedId) => CheckGeometry(seedId, 2);

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Table1_figures_are_the_published_ones(string seedId) => CheckFigures(seedId, 0);

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Table2_figures_are_the_published_ones(string seedId) => CheckFigures(seedId, 1);

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Table3_figures_are_the_published_ones(string seedId) => CheckFigures(seedId, 2);

    // ---------------------------------------------------------------------------------------------
    // Seed figures, transcribed from the published reports (shared seeds/00N_*.txt).
    // One string per data row, cells separated by spaces, "_" for a blank cell.
    // ---------------------------------------------------------------------------------------------

    private static readonly Dictionary<string, Seed> SeedsById = new(StringComparer.Ordinal)
    {
        // 000_435f26b1a9bfaecf.txt 洛阳市公安局洛龙分局 2020. 采购总金额 header says （单位:万元）, value 0.
        ["000"] = new Seed(
            "000",
            "luolong",
            2020,
            ReportFormat.Format2019,
            Table1:
            [
                "0 0 0", // 规章
                "0 0 0", // 规范性文件
                "0 0 0", // 行政许可
                "0 0 0", // 其他对外管理服务事项
                "0 0 0", // 行政处罚
                "0 0 0", // 行政强制
                "0 0 _", // 行政事业性收费
                "0 0万元 _", // 政府集中采购
            ],
            Table2:
            [
                "1 0 0 0 0 0 1", // 一、本年新收
                "0 0 0 0 0 0 0", // 二、上年结转
                "1 0 0 0 0 0 1", // （一）予以公开
                "0 0 0 0 0 0 0", // （二）部分公开
                "0 0 0 0 0 0 0", // （三）1
                "0 0 0 0 0 0 0", // （三）2
                "0 0 0 0 0 0 0", // （三）3
                "0 0 0 0 0 0 0", // （三）4
                "0 0 0 0 0 0 0", // （三）5
                "0 0 0 0 0 0 0", // （三）6
                "0 0 0 0 0 0 0", // （三）7
                "0 0 0 0 0 0 0", // （三）8
                "0 0 0 0 0 0 0", // （四）1
                "0 0 0 0 0 0 0", // （四）2
                "0 0 0 0 0 0 0", // （四）3
                "0 0 0 0 0 0 0", // （五）1
                "0 0 0 0 0 0 0", // （五）2
                "0 0 0 0 0 0 0", // （五）3
                "0 0 0 0 0 0 0", // （五）4 (the dump breaks the table here)
                "0 0 0 0 0 0 0", // （五）5
                "0 0 0 0 0 0 0", // （六）其他处理
                "1 0 0 0 0 0 1", // （七）总计
                "0 0 0 0 0 0 0", // 四、结转下年度
            ],
            Table3: "_ _ _ _ _ 0 0 0 0 0 0 0 0 0 0"),

        // 001_33cbb0de23e7a3a9.txt 济源示范区公安局 2021 (2021 format).
        ["001"] = new Seed(
            "001",
            "jiyuan",
            2021,
            ReportFormat.Format2021,
            Table1:
            [
                "0 0 0", // 规章
                "1 0 1", // 行政规范性文件
                "1370", // 行政许可
                "3945", // 行政处罚
                "1092", // 行政强制
                "972.4015", // 行政事业性收费 (万元)
            ],
            Table2:
            [
                "10 0 0 0 0 0 10", // 一、本年新收
                "0 0 0 0 0 0 0", // 二、上年结转
                "7 0 0 0 0 0 7", // （一）予以公开
                "0 0 0 0 0 0 0", // （二）部分公开
                "0 0 0 0 0 0 0", // （三）1
                "0 0 0 0 0 0 0", // （三）2
                "0 0 0 0 0 0 0", // （三）3
                "0 0 0 0 0 0 0", // （三）4
                "3 0 0 0 0 0 3", // （三）5.属于三类内部事务信息
                "0 0 0 0 0 0 0", // （三）6
                "0 0 0 0 0 0 0", // （三）7
                "0 0 0 0 0 0 0", // （三）8
                "0 0 0 0 0 0 0", // （四）1
                "0 0 0 0 0 0 0", // （四）2
                "0 0 0 0 0 0 0", // （四）3
                "0 0 0 0 0 0 0", // （五）1
                "0 0 0 0 0 0 0", // （五）2
                "0 0 0 0 0 0 0", // （五）3
                "0 0 0 0 0 0 0", // （五）4
                "0 0 0 0 0 0 0", // （五）5
                "0 0 0 0 0 0 0", // （六）1
                "0 0 0 0 0 0 0", // （六）2
                "0 0 0 0 0 0 0", // （六）3.其他 (shifted left in the dump)
                "10 0 0 0 0 0 10", // （七）总计
                "0 0 0 0 0 0 0", // 四、结转下年度
            ],
            Table3: "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"),

        // 002_095c3b82b51a0810.txt 池州市公安局贵池分局 2020. 采购总金额 published as "348.47万".
        ["002"] = new Seed(
            "002",
            "guichi",
            2020,
            ReportFormat.Format2019,
            Table1:
            [
                "0 0 0", // 规章
                "0 0 0", // 规范性文件
                "6 0 2718", // 行政许可
                "2 0 973", // 其他对外管理服务事项
                "203 0 561", // 行政处罚
                "4 0 434", // 行政强制
                "1 0 _", // 行政事业性收费
                "27 348.47万元 _", // 政府集中采购
            ],
            Table2:
            [
                "2 0 0 0 0 0 2", // 一、本年新收
                "0 0 0 0 0 0 0", // 二、上年结转
                "0 0 0 0 0 0 0", // （一）予以公开
                "0 0 0 0 0 0 0", // （二）部分公开
                "0 0 0 0 0 0 0", // （三）1
                "2 0 0 0 0 0 2", // （三）2.其他法律行政法规禁止公开
                "0 0 0 0 0 0 0", // （三）3
                "0 0 0 0 0 0 0", // （三）4
                "0 0 0 0 0 0 0", // （三）5
                "0 0 0 0 0 0 0", // （三）6
                "0 0 0 0 0 0 0", // （三）7
                "0 0 0 0 0 0 0", // （三）8
                "0 0 0 0 0 0 0", // （四）1
                "0 0 0 0 0 0 0", // （四）2
                "0 0 0 0 0 0 0", // （四）3
                "0 0 0 0 0 0 0", // （五）1
                "0 0 0 0 0 0 0", // （五）2
                "0 0 0 0 0 0 0", // （五）3
                "0 0 0 0 0 0 0", // （五）4
                "0 0 0 0 0 0 0", // （五）5
                "0 0 0 0 0 0 0", // （六）其他处理
                "2 0 0 0 0 0 2", // （七）总计
                "0 0 0 0 0 0 0", // 四、结转下年度
            ],
            Table3: "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"),

        // 003_1cf9a5287485332c.txt 武汉市公安局东西湖区分局 2019. Only 总计 filled in table 2 (plus 自然人 in
        // row 一); 规范性文件 has only 本年新制作数量; 未经复议直接起诉 4+0+1+1 ≠ 7 is kept as published.
        ["003"] = new Seed(
            "003",
            "dongxihu",
            2019,
            ReportFormat.Format2019,
            Table1:
            [
                "0 0 0", // 规章
                "102 _ _", // 规范性文件
                "12 0 696", // 行政许可
                "24 0 41055", // 其他对外管理服务事项
                "46 0 19902", // 行政处罚
                "0 0 0", // 行政强制
                "8 0 _", // 行政事业性收费
                "234 21672.16万元 _", // 政府集中采购
            ],
            Table2:
            [
                "2 _ _ _ _ _ 2", // 一、本年新收
                "_ _ _ _ _ _ 0", // 二、上年结转
                "_ _ _ _ _ _ 2", // （一）予以公开
                "_ _ _ _ _ _ 0", // （二）部分公开
                "_ _ _ _ _ _ 0", // （三）1
                "_ _ _ _ _ _ 0", // （三）2
                "_ _ _ _ _ _ 0", // （三）3
                "_ _ _ _ _ _ 0", // （三）4
                "_ _ _ _ _ _ 0", // （三）5
                "_ _ _ _ _ _ 0", // （三）6
                "_ _ _ _ _ _ 0", // （三）7
                "_ _ _ _ _ _ 0", // （三）8
                "_ _ _ _ _ _ 0", // （四）1
                "_ _ _ _ _ _ 0", // （四）2
                "_ _ _ _ _ _ 0", // （四）3
                "_ _ _ _ _ _ 0", // （五）1
                "_ _ _ _ _ _ 0", // （五）2
                "_ _ _ _ _ _ 0", // （五）3
                "_ _ _ _ _ _ 0", // （五）4 (split from its row in the dump)
                "_ _ _ _ _ _ 0", // （五）5
                "_ _ _ _ _ _ 0", // （六）其他处理
                "_ _ _ _ _ _ 2", // （七）总计
                "_ _ _ _ _ _ 0", // 四、结转下年度
            ],
            Table3: "7 1 5 0 13 4 0 1 1 7 1 0 0 1 2"),

        // 004_fe1b0401104203d8.txt 福州市长乐区公安局 2020. 采购总金额 published as "16557462.5（元）"; the dump
        // has a surplus cell in rows （六）/（七） and in table 3 (resolved with 一+二 = （七）+四: 3+0 = 3+0).
        ["004"] = new Seed(
            "004",
            "changle",
            2020,
            ReportFormat.Format2019,
            Table1:
            [
                "0 0 0", // 规章
                "0 0 0", // 规范性文件
                "0 3 1386", // 行政许可
                "0 0 0", // 其他对外管理服务事项
                "842 352 1416", // 行政处罚
                "45 -3 0", // 行政强制
                "25 48 _", // 行政事业性收费
                "127 16557462.5元 _", // 政府集中采购
            ],
            Table2:
            [
                "3 0 0 0 0 0 3", // 一、本年新收
                "0 0 0 0 0 0 0", // 二、上年结转
                "1 0 0 0 0 0 1", // （一）予以公开
                "0 0 0 0 0 0 0", // （二）部分公开
                "0 0 0 0 0 0 0", // （三）1
                "0 0 0 0 0 0 0", // （三）2
                "0 0 0 0 0 0 0", // （三）3
                "0 0 0 0 0 0 0", // （三）4
                "0 0 0 0 0 0 0", // （三）5
                "0 0 0 0 0 0 0", // （三）6 (the dump breaks the table here)
                "0 0 0 0 0 0 0", // （三）7
                "0 0 0 0 0 0 0", // （三）8
                "0 0 0 0 0 0 0", // （四）1
                "0 0 0 0 0 0 0", // （四）2
                "0 0 0 0 0 0 0", // （四）3
                "1 0 0 0 0 0 1", // （五）1.信访举报投诉类申请
                "0 0 0 0 0 0 0", // （五）2
                "0 0 0 0 0 0 0", // （五）3
                "0 0 0 0 0 0 0", // （五）4
                "0 0 0 0 0 0 0", // （五）5
                "1 0 0 0 0 0 1", // （六）其他处理 (dump: 1 0 0 0 0 0 0 1)
                "3 0 0 0 0 0 3", // （七）总计 (dump: 3 0 0 0 0 0 0 3)
                "0 0 0 0 0 0 0", // 四、结转下年度
            ],
            Table3: "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"),
    };

    // ---------------------------------------------------------------------------------------------
    // Official forms, transcribed from official-format.md §2 (table 1), §3 (table 2) and §4 (table 3).
    // ---------------------------------------------------------------------------------------------

    /// <summary>§2.1: five blocks; （八） and （九） have three header cells (C4 stays an empty cell).</summary>
    private static readonly Block[] Table1Blocks2019 =
    [
        new("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"], ["规章", "规范性文件"]),
        new("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"], ["行政许可", "其他对外管理服务事项"]),
        new("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"], ["行政处罚", "行政强制"]),
        new("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"], ["行政事业性收费"]),
        new("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"], ["政府集中采购"]),
    ];

    /// <summary>§2.2: four blocks; a two-cell header means C2–C4 merged, in the header and in the values.</summary>
    private static readonly Block[] Table1Blocks2021 =
    [
        new("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "行政规范性文件"]),
        new("第二十条第（五）项", ["信息内容", "本年处理决定数量"], ["行政许可"]),
        new("第二十条第（六）项", ["信息内容", "本年处理决定数量"], ["行政处罚", "行政强制"]),
        new("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], ["行政事业性收费"]),
    ];

    /// <summary>§3.1 header H1–H3, in document order.</summary>
    private static readonly Cell[] Table2Header =
    [
        Label(0, 0, 3, 3, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"),
        Label(0, 3, 1, 7, "申请人情况"),
        Label(1, 3, 2, 1, "自然人"),
        Label(1, 4, 1, 5, "法人或其他组织"),
        Label(1, 9, 2, 1, "总计"),
        Label(2, 4, 1, 1, "商业企业"),
        Label(2, 5, 1, 1, "科研机构"),
        Label(2, 6, 1, 1, "社会公益组织"),
        Label(2, 7, 1, 1, "法律服务机构"),
        Label(2, 8, 1, 1, "其他"),
    ];

    private static readonly string[] Table2Refusals =
    [
        "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
        "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
    ];

    private static readonly string[] Table2Unavailable = ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"];

    private static readonly string[] Table2NotHandled =
    [
        "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
    ];

    private static readonly string[] Table2Other2021 =
    [
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "3.其他",
    ];

    /// <summary>Spans the spec singles out (§2.2, §3.1, §4), checked by label besides the full layout.</summary>
    private static readonly KeySpan[] Table1KeySpans2021 =
    [
        new("第二十条第（五）项", 0, false, 1, 4),
        new("本年处理决定数量", 0, false, 1, 3),
        new("本年处理决定数量", 1, false, 1, 3),
        new("本年收费金额（单位：万元）", 0, false, 1, 3),
        new("行政许可", 0, true, 1, 3),
        new("行政处罚", 0, true, 1, 3),
        new("行政强制", 0, true, 1, 3),
        new("行政事业性收费", 0, true, 1, 3),
    ];

    private static readonly KeySpan[] Table1KeySpans2019 =
    [
        new("第二十条第（一）项", 0, false, 1, 4),
        new("第二十条第（九）项", 0, false, 1, 4),
    ];

    private static readonly KeySpan[] Table2KeySpans2019 =
    [
        new("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 0, false, 3, 3),
        new("申请人情况", 0, false, 1, 7),
        new("自然人", 0, false, 2, 1),
        new("法人或其他组织", 0, false, 1, 5),
        new("总计", 0, false, 2, 1),
        new("三、本年度办理结果", 0, false, 20, 1),
        new("（三）不予公开", 0, false, 8, 1),
        new("（四）无法提供", 0, false, 3, 1),
        new("（五）不予处理", 0, false, 5, 1),
        new("（六）其他处理", 0, false, 1, 2),
    ];

    private static readonly KeySpan[] Table2KeySpans2021 =
    [
        .. Table2KeySpans2019[..5],
        new("三、本年度办理结果", 0, false, 22, 1),
        new("（三）不予公开", 0, false, 8, 1),
        new("（四）无法提供", 0, false, 3, 1),
        new("（五）不予处理", 0, false, 5, 1),
        new("（六）其他处理", 0, false, 3, 1),
    ];

    private static readonly KeySpan[] Table3KeySpans =
    [
        new("行政复议", 0, false, 1, 5),
        new("行政诉讼", 0, false, 1, 10),
        new("结果维持", 0, false, 2, 1),
        new("结果纠正", 0, false, 2, 1),
        new("其他结果", 0, false, 2, 1),
        new("尚未审结", 0, false, 2, 1),
        new("总计", 0, false, 2, 1),
        new("未经复议直接起诉", 0, false, 1, 5),
        new("复议后起诉", 0, false, 1, 5),
    ];

    private static readonly Layout Table1Layout2019 = BuildTable1(Table1Blocks2019, Table1KeySpans2019);

    private static readonly Layout Table1Layout2021 = BuildTable1(Table1Blocks2021, Table1KeySpans2021);

    private static readonly Layout Table2Layout2019 = BuildTable2(ReportFormat.Format2019);

    private static readonly Layout Table2Layout2021 = BuildTable2(ReportFormat.Format2021);

    private static readonly Layout Table3Layout = BuildTable3();

    // ---------------------------------------------------------------------------------------------
    // Checks
    // ---------------------------------------------------------------------------------------------

    private void CheckLabels(string seedId, int tableIndex)
    {
        var seed = SeedsById[seedId];
        var layout = LayoutOf(seed.Format, tableIndex);
        var checks = new Checks($"{seed} 表{tableIndex + 1}");
        var table = TableOf(seed, tableIndex);
        var grid = new TableGrid(table);

        // Document order is row by row, left to right.
        var expected = layout.Cells.Where(c => c.IsLabel).OrderBy(c => c.Row).ThenBy(c => c.Col).Select(c => c.Text!).ToList();
        var actual = table.QuerySelectorAll("th").ToList();

        checks.Equal(expected.Count.ToString(), actual.Count.ToString(), "number of label cells (th)");
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var placed = i < actual.Count ? grid.Origins.FirstOrDefault(p => ReferenceEquals(p.Cell, actual[i])) : null;
            var where = placed is null ? string.Empty : $" (R{placed.Row + 1} C{placed.Col + 1})";
            checks.Equal(i < expected.Count ? expected[i] : "(none)", i < actual.Count ? actual[i].TextContent : "(none)", $"label #{i + 1}{where}");
        }

        Finish(checks);
    }

    private void CheckGeometry(string seedId, int tableIndex)
    {
        var seed = SeedsById[seedId];
        var layout = LayoutOf(seed.Format, tableIndex);
        var checks = new Checks($"{seed} 表{tableIndex + 1}");
        var grid = new TableGrid(TableOf(seed, tableIndex));

        foreach (var problem in grid.Problems)
        {
            checks.Fail(problem);
        }

        checks.Equal(layout.Height.ToString(), grid.Height.ToString(), "number of rows");
        checks.Equal(layout.Width.ToString(), grid.Width.ToString(), "grid width (columns)");
        for (var r = 0; r < grid.Height; r++)
        {
            var filled = Enumerable.Range(0, grid.Width).Count(c => grid[r, c] is not null);
            checks.Equal(layout.Width.ToString(), filled.ToString(), $"R{r + 1}: positions filled");
            checks.Equal(layout.Width.ToString(), grid.RowLength(r).ToString(), $"R{r + 1}: row length");
        }

        var expectedOrigins = new HashSet<(int, int)>();
        foreach (var cell in layout.Cells)
        {
            expectedOrigins.Add((cell.Row, cell.Col));
            var where = $"R{cell.Row + 1} C{cell.Col + 1} ({cell.Text ?? "figure"})";
            var placed = grid[cell.Row, cell.Col];
            if (placed is null || placed.Row != cell.Row || placed.Col != cell.Col)
            {
                checks.Fail($"{where}: no cell starts here{(placed is null ? string.Empty : $"; covered by {Describe(placed)}")}");
                continue;
            }

            checks.Equal(cell.IsLabel ? "th" : "td", placed.Cell.LocalName, $"{where}: element");
            checks.Equal($"{cell.RowSpan}×{cell.ColSpan}", Extent(grid, placed), $"{where}: rows×columns spanned");
            if (cell.Text is not null)
            {
                checks.Equal(cell.Text, placed.Cell.TextContent, $"{where}: text");
            }
        }

        foreach (var placed in grid.Origins.Where(p => !expectedOrigins.Contains((p.Row, p.Col))))
        {
            checks.Fail($"unexpected cell {Describe(placed)}");
        }

        foreach (var key in layout.KeySpans)
        {
            var found = FindKeyCell(grid, key);
            var what = key.OfRowValue ? $"value of row 「{key.Label}」" : $"「{key.Label}」{(key.Occurrence > 0 ? $" (#{key.Occurrence + 1})" : string.Empty)}";
            if (found is null)
            {
                checks.Fail($"{what}: not found");
                continue;
            }

            checks.Equal($"{key.RowSpan}×{key.ColSpan}", Extent(grid, found), $"{what}: rows×columns spanned");
        }

        Finish(checks);
    }

    private void CheckFigures(string seedId, int tableIndex)
    {
        var seed = SeedsById[seedId];
        var layout = LayoutOf(seed.Format, tableIndex);
        var checks = new Checks($"{seed} 表{tableIndex + 1}");
        var grid = new TableGrid(TableOf(seed, tableIndex));
        string[] published = tableIndex switch
        {
            0 => seed.Table1,
            1 => seed.Table2,
            _ => [seed.Table3],
        };

        Assert.True(published.Length == layout.Figures.Count, $"test data: {seed} 表{tableIndex + 1} has {published.Length} figure rows, the form {layout.Figures.Count}");
        for (var i = 0; i < layout.Figures.Count; i++)
        {
            var row = layout.Figures[i];
            var values = published[i].Split(' ');
            Assert.True(values.Length == row.Columns.Count, $"test data: {seed} 表{tableIndex + 1} row {row.Name} has {values.Length} figures, the form {row.Columns.Count}");
            if (row.LabelCol is { } labelCol)
            {
                // The figures must sit on the row of their label.
                checks.Equal(row.Label, grid[row.Row, labelCol]?.Cell.TextContent ?? "(no cell)", $"row {row.Name}: label at R{row.Row + 1} C{labelCol + 1}");
            }

            for (var j = 0; j < values.Length; j++)
            {
                var col = row.Columns[j];
                var placed = grid[row.Row, col];
                var actual = placed is null || placed.Row != row.Row || placed.Col != col
                    ? "(no cell)"
                    : placed.Cell.LocalName == "td" ? placed.Cell.TextContent : $"(th) {placed.Cell.TextContent}";
                checks.Equal(values[j] == Blank ? string.Empty : values[j], actual, $"row {row.Name}, column {row.ColumnNames[j]}");
            }
        }

        Finish(checks);
    }

    private void Finish(Checks checks)
    {
        _output.WriteLine($"{checks.Count} checks");
        checks.AssertAllPassed();
    }

    private static Placed? FindKeyCell(TableGrid grid, KeySpan key)
    {
        var labels = grid.Origins.Where(p => p.Cell.LocalName == "th" && p.Cell.TextContent == key.Label).ToList();
        if (labels.Count <= key.Occurrence)
        {
            return null;
        }

        var label = labels[key.Occurrence];
        if (!key.OfRowValue)
        {
            return label;
        }

        return grid.Origins.FirstOrDefault(p => p.Row == label.Row && p.Col > label.Col && p.Cell.LocalName == "td");
    }

    private static string Extent(TableGrid grid, Placed placed)
    {
        var rows = 0;
        while (placed.Row + rows < grid.Height && ReferenceEquals(grid[placed.Row + rows, placed.Col]?.Cell, placed.Cell))
        {
            rows++;
        }

        var cols = 0;
        while (placed.Col + cols < grid.Width && ReferenceEquals(grid[placed.Row, placed.Col + cols]?.Cell, placed.Cell))
        {
            cols++;
        }

        return $"{rows}×{cols}";
    }

    private static string Describe(Placed placed) =>
        $"<{placed.Cell.LocalName}> 「{placed.Cell.TextContent}」 at R{placed.Row + 1} C{placed.Col + 1}";

    private static IHtmlTableElement TableOf(Seed seed, int tableIndex)
    {
        var tables = Built.GetOrAdd(seed.Id, _ =>
        {
            var outcome = CaseRunner.Build(TestPaths.Data, TestPaths.Templates, TestPaths.RepoRoot, seed.Bureau, seed.Year);
            var name = $"{seed.Bureau}/{seed.Year}/report.html";
            Assert.True(outcome.Files.ContainsKey(name), $"{seed}: {name} was not built\n{outcome.Diagnostics}");
            var document = new HtmlParser().ParseDocument(outcome.Files[name]);
            // The report's own tables; the 一图读懂's text table follows the article.
            return document.QuerySelectorAll("article table").OfType<IHtmlTableElement>().ToList();
        });

        Assert.True(tables.Count == 3, $"{seed}: expected 3 tables (表1, 表2, 表3) in report.html, found {tables.Count}");
        return tables[tableIndex];
    }

    private static Layout LayoutOf(ReportFormat format, int tableIndex) => (tableIndex, format) switch
    {
        (0, ReportFormat.Format2019) => Table1Layout2019,
        (0, _) => Table1Layout2021,
        (1, ReportFormat.Format2019) => Table2Layout2019,
        (1, _) => Table2Layout2021,
        _ => Table3Layout,
    };

    // ---------------------------------------------------------------------------------------------
    // Layouts: every cell of each official table with its position and span.
    // ---------------------------------------------------------------------------------------------

    private static Cell Label(int row, int col, int rowSpan, int colSpan, string text) => new(row, col, rowSpan, colSpan, true, text);

    private static Cell Figure(int row, int col, int colSpan = 1) => new(row, col, 1, colSpan, false, null);

    private static Layout BuildTable1(Block[] blocks, KeySpan[] keySpans)
    {
        var cells = new List<Cell>();
        var figures = new List<FigureRow>();
        var row = 0;
        foreach (var block in blocks)
        {
            cells.Add(Label(row, 0, 1, 4, block.Title));
            row++;

            // Header: four labels; or three labels and an empty C4; or C1 and a label merged over C2–C4.
            cells.Add(Label(row, 0, 1, 1, block.Headers[0]));
            switch (block.Headers.Length)
            {
                case 4:
                    cells.AddRange(Enumerable.Range(1, 3).Select(c => Label(row, c, 1, 1, block.Headers[c])));
                    break;
                case 3:
                    cells.Add(Label(row, 1, 1, 1, block.Headers[1]));
                    cells.Add(Label(row, 2, 1, 1, block.Headers[2]));
                    cells.Add(new Cell(row, 3, 1, 1, false, string.Empty));
                    break;
                default:
                    cells.Add(Label(row, 1, 1, 3, block.Headers[1]));
                    break;
            }

            row++;
            foreach (var label in block.Rows)
            {
                cells.Add(Label(row, 0, 1, 1, label));
                if (block.Headers.Length == 2)
                {
                    cells.Add(Figure(row, 1, 3));
                    figures.Add(new FigureRow(label, row, 0, [1], [block.Headers[1]]));
                }
                else
                {
                    cells.AddRange(Enumerable.Range(1, 3).Select(c => Figure(row, c)));
                    figures.Add(new FigureRow(label, row, 0, [1, 2, 3], block.Headers.Length == 3 ? [.. block.Headers[1..], "C4 (empty)"] : block.Headers[1..]));
                }

                row++;
            }
        }

        return new Layout(4, row, cells, figures, keySpans);
    }

    private static Layout BuildTable2(ReportFormat format)
    {
        var is2021 = format == ReportFormat.Format2021;
        var cells = new List<Cell>(Table2Header);
        var figures = new List<FigureRow>();
        var row = 3;

        void AddRow(string name, params Cell[] labels)
        {
            cells.AddRange(labels);
            cells.AddRange(Enumerable.Range(3, 7).Select(c => Figure(row, c)));
            var last = labels[^1];
            figures.Add(new FigureRow(last.Text!, row, last.Col, [.. Enumerable.Range(3, 7)], ApplicantColumns, name));
            row++;
        }

        void AddWhole(string text) => AddRow(text, Label(row, 0, 1, 3, text));

        void AddItem(string text, Cell? before = null) =>
            AddRow(text, before is null ? [Label(row, 1, 1, 2, text)] : [before, Label(row, 1, 1, 2, text)]);

        void AddGroup(string group, string[] subs)
        {
            for (var i = 0; i < subs.Length; i++)
            {
                var sub = Label(row, 2, 1, 1, subs[i]);
                AddRow($"{group} {subs[i]}", i == 0 ? [Label(row, 1, subs.Length, 1, group), sub] : [sub]);
            }
        }

        AddWhole("一、本年新收政府信息公开申请数量");
        AddWhole("二、上年结转政府信息公开申请数量");
        AddItem("（一）予以公开", Label(row, 0, is2021 ? 22 : 20, 1, "三、本年度办理结果"));
        AddItem("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        AddGroup("（三）不予公开", Table2Refusals);
        AddGroup("（四）无法提供", Table2Unavailable);
        AddGroup("（五）不予处理", Table2NotHandled);
        if (is2021)
        {
            AddGroup("（六）其他处理", Table2Other2021);
        }
        else
        {
            AddItem("（六）其他处理");
        }

        AddItem("（七）总计");
        AddWhole("四、结转下年度继续办理");
        return new Layout(10, row, cells, figures, is2021 ? Table2KeySpans2021 : Table2KeySpans2019);
    }

    private static Layout BuildTable3()
    {
        var cells = new List<Cell>
        {
            Label(0, 0, 1, 5, "行政复议"),
            Label(0, 5, 1, 10, "行政诉讼"),
        };
        cells.AddRange(AppealResults.Select((text, c) => Label(1, c, 2, 1, text)));
        cells.Add(Label(1, 5, 1, 5, "未经复议直接起诉"));
        cells.Add(Label(1, 10, 1, 5, "复议后起诉"));
        cells.AddRange(AppealResults.Select((text, c) => Label(2, 5 + c, 1, 1, text)));
        cells.AddRange(AppealResults.Select((text, c) => Label(2, 10 + c, 1, 1, text)));
        cells.AddRange(Enumerable.Range(0, 15).Select(c => Figure(3, c)));
        var names = AppealGroups.SelectMany(g => AppealResults.Select(r => $"{g}/{r}")).ToArray();
        var figures = new List<FigureRow> { new("R4", 3, null, [.. Enumerable.Range(0, 15)], names) };
        return new Layout(15, 4, cells, figures, Table3KeySpans);
    }

    private sealed record Seed(string Id, string Bureau, int Year, ReportFormat Format, string[] Table1, string[] Table2, string Table3)
    {
        public override string ToString() => $"seed {Id} ({Bureau} {Year})";
    }

    private sealed record Block(string Title, string[] Headers, string[] Rows);

    /// <summary>One cell of an official table; <see cref="Text"/> null means a figure (checked against the seed).</summary>
    private sealed record Cell(int Row, int Col, int RowSpan, int ColSpan, bool IsLabel, string? Text);

    /// <summary>A span to check by label; <see cref="OfRowValue"/> looks at the first figure cell of that label's row.</summary>
    private sealed record KeySpan(string Label, int Occurrence, bool OfRowValue, int RowSpan, int ColSpan);

    /// <summary>A row of figures: the label expected at <see cref="LabelCol"/> and the grid columns of its values.</summary>
    private sealed record FigureRow(string Label, int Row, int? LabelCol, IReadOnlyList<int> Columns, IReadOnlyList<string> ColumnNames, string? Title = null)
    {
        public string Name => Title ?? Label;
    }

    private sealed record Layout(int Width, int Height, IReadOnlyList<Cell> Cells, IReadOnlyList<FigureRow> Figures, IReadOnlyList<KeySpan> KeySpans);

    /// <summary>A cell and the grid position where it starts.</summary>
    private sealed record Placed(IHtmlTableCellElement Cell, int Row, int Col);

    /// <summary>Collects every mismatch of one test so a failure lists them all, each with its place.</summary>
    private sealed class Checks(string context)
    {
        private readonly List<string> _failures = [];

        public int Count { get; private set; }

        public void Equal(string expected, string actual, string where)
        {
            Count++;
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                _failures.Add($"{context}, {where}: expected \"{expected}\" but was \"{actual}\"");
            }
        }

        public void Fail(string message)
        {
            Count++;
            _failures.Add($"{context}, {message}");
        }

        public void AssertAllPassed() =>
            Assert.True(_failures.Count == 0, $"{_failures.Count} of {Count} checks failed:\n{string.Join('\n', _failures)}");
    }

    /// <summary>
    /// An HTML table resolved into a rows × columns grid: each position holds the cell covering it (rowspan and
    /// colspan expanded), null where no cell reaches. Overlaps and spans leaving their row group are reported.
    /// </summary>
    private sealed class TableGrid
    {
        private readonly List<List<Placed?>> _rows = [];
        private readonly List<string> _problems = [];
        private readonly List<Placed> _origins = [];

        public TableGrid(IHtmlTableElement table)
        {
            var rows = table.Rows.ToList();
            _rows.AddRange(rows.Select(_ => new List<Placed?>()));

            for (var r = 0; r < rows.Count; r++)
            {
                var col = 0;
                foreach (var cell in rows[r].Cells)
                {
                    while (col < _rows[r].Count && _rows[r][col] is not null)
                    {
                        col++;
                    }

                    var placed = new Placed(cell, r, col);
                    _origins.Add(placed);
                    var rowSpan = SpanOf(cell, "rowspan");
                    var colSpan = SpanOf(cell, "colspan");
                    for (var dr = 0; dr < rowSpan; dr++)
                    {
                        if (r + dr >= rows.Count || !ReferenceEquals(rows[r + dr].ParentElement, rows[r].ParentElement))
                        {
                            _problems.Add($"{Describe(placed)} has rowspan {rowSpan}, reaching past its row group");
                            break;
                        }

                        for (var dc = 0; dc < colSpan; dc++)
                        {
                            var line = _rows[r + dr];
                            while (line.Count <= col + dc)
                            {
                                line.Add(null);
                            }

                            if (line[col + dc] is { } other)
                            {
                                _problems.Add($"{Describe(placed)} overlaps {Describe(other)} at R{r + dr + 1} C{col + dc + 1}");
                                continue;
                            }

                            line[col + dc] = placed;
                        }
                    }

                    col += colSpan;
                }
            }
        }

        public int Height => _rows.Count;

        public int Width => _rows.Count == 0 ? 0 : _rows.Max(r => r.Count);

        public IReadOnlyList<string> Problems => _problems;

        /// <summary>The cells in document order, each with the position where it starts.</summary>
        public IReadOnlyList<Placed> Origins => _origins;

        public Placed? this[int row, int col] => row < _rows.Count && col < _rows[row].Count ? _rows[row][col] : null;

        public int RowLength(int row) => _rows[row].Count;

        private static int SpanOf(IHtmlTableCellElement cell, string attribute) =>
            int.TryParse(cell.GetAttribute(attribute), out var span) && span > 0 ? span : 1;
    }
}
