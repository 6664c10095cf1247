using System.Net;
using System.Text.Json;
using Generator.Building;
using Generator.Building.Pdf;
using Generator.Diagnostics;

namespace Generator.Tests.Unit.Serve;

/// <summary>serve's edits in the table, downloads and the comparison with out/, through HTTP.</summary>
public sealed partial class PreviewServerTests
{
    [Theory]
    [InlineData("jiyuan/2021", 25 + 3)]  // no row states its 总计: table 2's 25 and table 3's three are computed
    [InlineData("dongxihu/2019", -1)]
    public async Task Every_figure_cell_of_the_three_tables_is_mapped_to_the_data(string key, int computed)
    {
        using var json = JsonDocument.Parse(await Http.GetStringAsync(new Uri(_server.Address, $"/report/{key}/cells")));
        var root = json.RootElement;

        Assert.Empty(root.GetProperty("problems").EnumerateArray());
        var cells = root.GetProperty("cells").EnumerateArray().ToList();
        // Table 1 (10 in 2021, 24 in 2019), table 2 (25 or 23 rows of 7) and table 3 (15).
        Assert.Equal(key.EndsWith("2021", StringComparison.Ordinal) ? 10 + 175 + 15 : 24 + 161 + 15, cells.Count);
        Assert.Equal(cells.Count, cells.Select(c => c.GetProperty("id").GetString()).Distinct().Count());
        if (computed >= 0)
        {
            Assert.Equal(computed, cells.Count(c => c.TryGetProperty("reason", out var r) && r.GetString()!.Contains("总计由程序", StringComparison.Ordinal)));
        }

        Assert.Equal(64, root.GetProperty("hash").GetString()!.Length);
    }

    [Fact]
    public async Task An_edit_needs_the_token_and_then_reaches_the_file_and_the_page()
    {
        var original = await File.ReadAllTextAsync(YearFile);
        var hash = JsonDocument.Parse(await Http.GetStringAsync(new Uri(_server.Address, "/report/jiyuan/2021/cells"))).RootElement.GetProperty("hash").GetString()!;
        var form = new Dictionary<string, string> { ["cell"] = "t1-r2-c0", ["value"] = "1371", ["hash"] = hash };

        using (var refused = await Http.PostAsync(new Uri(_server.Address, "/report/jiyuan/2021/edit"), new FormUrlEncodedContent(form)))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal(original, await File.ReadAllTextAsync(YearFile));
        }

        using var events = await Listen();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.Address, "/report/jiyuan/2021/edit")) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Generator-Token", _server.Token);
        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("已写入 data/jiyuan/2021.yaml", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(original.Replace("decisions: 1370", "decisions: 1371", StringComparison.Ordinal), await File.ReadAllTextAsync(YearFile));
        await events.NextAsync("jiyuan/2021", e => e.GetProperty("status").GetString() == "built");
        Assert.Contains("<td colspan=\"3\">1371</td>", await Http.GetStringAsync(new Uri(_server.Address, "/report/jiyuan/2021/report.html")), StringComparison.Ordinal);

        // The same page state again: the file has changed since, so the old hash is refused.
        using var again = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.Address, "/report/jiyuan/2021/edit")) { Content = new FormUrlEncodedContent(form) };
        again.Headers.Add("X-Generator-Token", _server.Token);
        using var stale = await Http.SendAsync(again);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task The_comparison_with_out_marks_the_changed_cells_and_paragraphs()
    {
        using var nothing = await Http.GetAsync(new Uri(_server.Address, "/report/jiyuan/2021/changes"));
        Assert.Contains("还不存在", await nothing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var build = new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(Data, Path.Combine(_root, "templates"), Path.Combine(_root, "out"), Bureau: "jiyuan", Year: 2021, DisplayBase: _root));
        Assert.DoesNotContain(build.Diagnostics, d => d.IsError);
        var same = await Http.GetStringAsync(new Uri(_server.Address, "/report/jiyuan/2021/changes"));
        Assert.Contains("相同", same, StringComparison.Ordinal);
        Assert.DoesNotContain(" data-gen-changed", same, StringComparison.Ordinal);

        using var events = await Listen();
        var text = await File.ReadAllTextAsync(YearFile);
        await File.WriteAllTextAsync(YearFile, text.Replace("decisions: 1370", "decisions: 1371", StringComparison.Ordinal)
            .Replace("除信息处理费收取情况外，无其他需要报告的事项。", "本年度无其他需要报告的事项。", StringComparison.Ordinal));
        await events.NextAsync("jiyuan/2021", e => e.GetProperty("status").GetString() == "built");

        var changes = await Http.GetStringAsync(new Uri(_server.Address, "/report/jiyuan/2021/changes"));
        Assert.Contains("<td colspan=\"3\" data-gen-changed title=\"已发布：1370\">1371</td>", changes, StringComparison.Ordinal);
        Assert.Contains("<p data-gen-changed>本年度无其他需要报告的事项。</p>", changes, StringComparison.Ordinal);
        // The sentence of section 二 and the graphic's table of key figures changed with it.
        Assert.Contains("<td data-gen-changed title=\"已发布：1370件\">1371件</td>", changes, StringComparison.Ordinal);
        Assert.Contains("有 4 处改动", changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Word_Markdown_and_the_graphic_are_the_same_state_as_the_page()
    {
        var options = new BuildOptions(Data, Path.Combine(_root, "templates"), Path.Combine(_root, "out"), Bureau: "jiyuan", Year: 2021, DisplayBase: _root);
        new ReportBuilder(new SourceTextCache()).Build(options);
        var folder = Path.Combine(_root, "out", "jiyuan", "2021");

        // graphic.png is not drawn on each save but when asked for, with build's renderer and font: build's bytes.
        string[] files = ["report.docx", "report.md", "report.html", "graphic.svg", .. File.Exists(Path.Combine(folder, "graphic.png")) ? ["graphic.png"] : Array.Empty<string>()];
        Assert.True(files.Length == 5 || Generator.Graphic.GraphicFonts.System is null, "build drew no graphic.png although a CJK font is here");
        foreach (var file in files)
        {
            using var response = await Http.GetAsync(new Uri(_server.Address, $"/report/jiyuan/2021/{file}"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(folder, file)), await response.Content.ReadAsByteArrayAsync());
        }
    }

    [SkippableFact]
    public async Task The_pdf_is_made_from_the_same_word_file_when_LibreOffice_is_there()
    {
        Skip.If(PdfConverter.FindOffice() is null, "LibreOffice (soffice) is not installed");

        Assert.Contains("/report/jiyuan/2021/report.pdf", await Http.GetStringAsync(new Uri(_server.Address, "/report/jiyuan/2021")), StringComparison.Ordinal);
        using var response = await Http.GetAsync(new Uri(_server.Address, "/report/jiyuan/2021/report.pdf"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
    }
}
