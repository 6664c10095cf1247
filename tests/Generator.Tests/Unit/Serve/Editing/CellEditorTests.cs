using System.Text;
using Generator.Serve.Editing;

namespace Generator.Tests.Unit.Serve.Editing;

/// <summary>
/// An edit in the table writes the year file at that value's exact place: every other byte stays (comments,
/// alignment, CR LF, a byte order mark), over every kind of cell; what the reader refuses is not written; a file
/// changed since the page was made is not written; a cell with no scalar of its own is refused with the reason.
/// </summary>
public sealed class CellEditorTests : IDisposable
{
    private readonly string _root = TestPaths.NewTempFolder();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>jiyuan 2021 with a stated 总计 as the 7th value of a row and a blank <c>~</c> in another.</summary>
    private static string Sample()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.Data, "jiyuan", "2021.yaml")).Replace("\r\n", "\n", StringComparison.Ordinal);
        text = Replace(text, "  received:          [10, 0, 0, 0, 0, 0]    #", "  received:          [10, 0, 0, 0, 0, 0, 10]    #");
        return Replace(text, "  carried_in:        [0, 0, 0, 0, 0, 0]     #", "  carried_in:        [0, ~, 0, 0, 0, 0]     #");
    }

    private static string Replace(string text, string old, string now)
    {
        Assert.Contains(old, text, StringComparison.Ordinal);
        return text.Replace(old, now, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string, string> Cells => new()
    {
        // cell, value typed, scalar before, scalar after, what its line holds
        { "t2-r0-c0", "12", "10", "12", "received:          [12, 0," },             // a count in a row list
        { "t2-r0-c6", "12", "10", "12", "received:          [10, 0, 0, 0, 0, 0, 12]" }, // the published 总计, 7th value of the row
        { "t2-r1-c1", "3", "~", "3", "carried_in:        [0, 3, 0" },             // a blank cell
        { "t2-r1-c0", "", "0", "~", "carried_in:        [~, ~, 0" },              // a count emptied: blank, not 0
        { "t1-r5-c0", "980.5", "972.4015", "980.5", "amount: 980.5, unit: 万元" }, // money (万元)
        { "t1-r2-c0", "1371", "1370", "1371", "licensing:           { decisions: 1371 }" }, // a figure in a flow map
        { "t3-r0-c2", "1", "0", "1", "reconsideration:            [0, 0, 1, 0]" }, // table 3
        { "t2-r0-c1", "１２", "0", "12", "received:          [10, 12, 0" },         // 全角数字, fixed as validate --fix fixes it
        { "t2-r0-c2", "12件", "0", "12", "received:          [10, 0, 12, 0" },      // a unit typed after the count, likewise
        { "t2-r0-c6", "11", "10", "11", "received:          [10, 0, 0, 0, 0, 0, 11]" }, // a total that no longer adds up: written, the panel says so
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Only_the_value_changes_byte_for_byte(string cell, string value, string before, string after, string line)
    {
        foreach (var (lineEnd, bom) in new[] { ("\n", false), ("\r\n", true) })
        {
            var original = Bytes(Sample().Replace("\n", lineEnd, StringComparison.Ordinal), bom);
            var path = Write(original);

            var result = CellEditor.Edit(path, "data/jiyuan/2021.yaml", 2021, cell, value, Hash(original));

            Assert.True(result.Written, result.Message);
            var now = File.ReadAllBytes(path);
            // The new file is the old one with exactly one scalar replaced: every byte before and after it is the old file's.
            var at = Enumerable.Range(0, original.Length).Where(s => Spliced(original, s, before, after).AsSpan().SequenceEqual(now)).ToList();
            Assert.Single(at);
            // And it is this cell's scalar.
            var lineText = Encoding.UTF8.GetString(now).Split('\n').Single(l => l.Contains(line, StringComparison.Ordinal));
            Assert.Equal(lineEnd == "\r\n", lineText.EndsWith('\r'));
            Assert.DoesNotContain(Directory.GetFiles(Path.GetDirectoryName(path)!), f => Path.GetFileName(f).StartsWith('.'));
        }
    }

    private static byte[] Spliced(byte[] original, int at, string before, string after)
    {
        var old = Encoding.UTF8.GetBytes(before);
        return at + old.Length <= original.Length && original.AsSpan(at, old.Length).SequenceEqual(old)
            ? [.. original.AsSpan(0, at), .. Encoding.UTF8.GetBytes(after), .. original.AsSpan(at + old.Length)]
            : [];
    }

    [Theory]
    [InlineData("t2-r0-c0", "abc", "应是整数")]
    [InlineData("t2-r0-c0", "-3", "不能为负数")]
    [InlineData("t2-r0-c0", "十二", "中文数字")]
    [InlineData("t2-r0-c0", "1, 2", "一格只写一个数")]
    [InlineData("t2-r0-c0", "1]", "一格只写一个数")]
    [InlineData("t2-r0-c0", "1 # 注释", "一格只写一个数")]
    [InlineData("t1-r2-c0", "1 }", "一格只写一个数")]
    [InlineData("t1-r5-c0", "九百", "")]
    public void What_the_reader_refuses_is_not_written(string cell, string value, string message)
    {
        var original = Bytes(Sample(), bom: false);
        var path = Write(original);

        var result = CellEditor.Edit(path, "data/jiyuan/2021.yaml", 2021, cell, value, Hash(original));

        Assert.False(result.Written);
        Assert.Equal(400, result.Status);
        Assert.Contains(message, result.Message, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Theory]
    [InlineData("t2-r2-c6", "总计由程序")]      // a row's 总计 not written in the file
    [InlineData("t3-r0-c4", "总计由程序")]      // table 3's 总计
    [InlineData("t9-r0-c0", "没有这一格")]
    public void A_cell_without_a_scalar_of_its_own_is_refused(string cell, string message)
    {
        var original = Bytes(Sample(), bom: false);
        var path = Write(original);

        var result = CellEditor.Edit(path, "data/jiyuan/2021.yaml", 2021, cell, "5", Hash(original));

        Assert.False(result.Written);
        Assert.Contains(message, result.Message, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_file_changed_since_the_page_was_made_is_not_written()
    {
        var original = Bytes(Sample(), bom: false);
        var path = Write(original);
        var saved = Bytes(Sample() + "# 在编辑器中保存过\n", bom: false);
        File.WriteAllBytes(path, saved);

        var result = CellEditor.Edit(path, "data/jiyuan/2021.yaml", 2021, "t2-r0-c0", "12", Hash(original));

        Assert.Equal(409, result.Status);
        Assert.Contains("已被修改", result.Message, StringComparison.Ordinal);
        Assert.Equal(saved, File.ReadAllBytes(path));
    }

    [Fact]
    public void Money_in_the_shorthand_keeps_its_unit_as_written()
    {
        var text = Replace(Sample(), "fees:                { amount: { amount: 972.4015, unit: 万元 } }", "fees:                { amount: 972.4015 万元 }");
        var original = Bytes(text, bom: false);
        var path = Write(original);

        var result = CellEditor.Edit(path, "data/jiyuan/2021.yaml", 2021, "t1-r5-c0", "12.5", Hash(original));

        Assert.True(result.Written, result.Message);
        Assert.Equal(text.Replace("{ amount: 972.4015 万元 }", "{ amount: 12.5 万元 }", StringComparison.Ordinal), Encoding.UTF8.GetString(File.ReadAllBytes(path)));
    }

    private string Write(byte[] bytes)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, Guid.NewGuid().ToString("N"))).FullName;
        var path = Path.Combine(folder, "2021.yaml");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Bytes(string text, bool bom) => [.. bom ? (byte[])[0xEF, 0xBB, 0xBF] : [], .. Encoding.UTF8.GetBytes(text)];

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
