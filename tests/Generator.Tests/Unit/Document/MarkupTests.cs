using Generator.Diagnostics;
using Generator.Document.Blocks;
using Generator.Document.Building;

namespace Generator.Tests.Unit.Document;

public sealed class MarkupTests
{
    [Theory]
    [InlineData("普通文字")]
    [InlineData("a | b {c3} **x** # [y](javascript:z) <script> & \\ `")]
    [InlineData("-3")]
    [InlineData("972.4015")]
    public void Escape_then_unescape_gives_the_text_back(string text) =>
        Assert.Equal(text, Markup.Unescape(Markup.Escape(text)));

    [Fact]
    public void Escaped_text_has_no_unescaped_markup_character()
    {
        var escaped = Markup.Escape("|{}#*[]<>`");
        Assert.Equal("\\|\\{\\}\\#\\*\\[\\]\\<\\>\\`", escaped);
    }

    [Fact]
    public void Table_markup_places_merged_cells_on_the_grid()
    {
        var diagnostics = new DiagnosticBag();
        var table = TableMarkupParser.Parse("t", Lines("{h r2} 甲 | {h c2} 乙", "{h} 丙 | {h} 丁", "---", "{rh} 行 | 1 | \\|"), new SourceSpan("t", 1, 1), diagnostics);

        Assert.False(diagnostics.HasErrors);
        Assert.NotNull(table);
        Assert.Equal(3, table.ColumnCount);
        Assert.Equal(2, table.HeaderRowCount);
        Assert.Equal([1, 2], table.Rows[1].Cells.Select(c => c.Column));
        Assert.Equal("|", table.Rows[2].Cells[2].Text);
        Assert.Equal(CellKind.RowHeader, table.Rows[2].Cells[0].Kind);
    }

    [Theory]
    [InlineData("{h c2} 甲", "{h} 乙")]
    [InlineData("甲 | 乙", "丙 | 丁 | 戊")]
    [InlineData("{r3} 甲 | 乙", "丙")]
    public void Table_markup_whose_rows_do_not_fill_the_grid_is_an_error(string first, string second)
    {
        var diagnostics = new DiagnosticBag();
        var table = TableMarkupParser.Parse("t", Lines(first, second), new SourceSpan("t", 1, 1), diagnostics);

        Assert.Null(table);
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCode.DocumentMarkup.Id);
    }

    [Fact]
    public void Table_markup_gives_the_column_widths_of_the_form()
    {
        var diagnostics = new DiagnosticBag();
        var table = TableMarkupParser.Parse("t", Lines("{widths 3 1 1}", "{h} 甲 | {h c2} 乙", "---", "行 | 1 | 2"), new SourceSpan("t", 1, 1), diagnostics);

        Assert.False(diagnostics.HasErrors);
        Assert.Equal([3, 1, 1], table!.ColumnWidths);
        Assert.Equal(1, table.HeaderRowCount);
    }

    [Theory]
    [InlineData("{widths 3 1}", "有 3 列，但 widths 给了 2 个宽度")]
    [InlineData("{widths 3 1 x}", "列宽“x”不是 1 到 1000 之间的整数")]
    [InlineData("{widths 3 1 0}", "列宽“0”不是 1 到 1000 之间的整数")]
    [InlineData("{widths 3 1 1", "列宽写法不对")]
    public void Wrong_column_widths_are_an_error(string widths, string message)
    {
        var diagnostics = new DiagnosticBag();
        var table = TableMarkupParser.Parse("t", Lines(widths, "甲 | 乙 | 丙"), new SourceSpan("t", 1, 1), diagnostics);

        Assert.Null(table);
        Assert.Contains(diagnostics.Items, d => d.Code == DiagnosticCode.DocumentMarkup.Id && d.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Column_widths_after_the_first_row_are_an_error()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(TableMarkupParser.Parse("t", Lines("甲 | 乙", "{widths 1 1}"), new SourceSpan("t", 1, 1), diagnostics));
        Assert.Contains(diagnostics.Items, d => d.Message.Contains("列宽写法不对", StringComparison.Ordinal));
    }

    private static List<(string, SourceSpan)> Lines(params string[] lines) =>
        [.. lines.Select((l, i) => (l, new SourceSpan("t", i + 1, 1)))];
}
