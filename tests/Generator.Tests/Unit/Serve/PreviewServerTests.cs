using System.Net;
using System.Text.Json;
using Generator.Authoring;
using Generator.Building;
using Generator.Diagnostics;
using Generator.Serve;

namespace Generator.Tests.Unit.Serve;

/// <summary>
/// serve against the real server on a free port, through HttpClient: the guard (Host header, token), the
/// index's states, the report as build writes it, the diagnostics panel and the live update after a save.
/// </summary>
public sealed partial class PreviewServerTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _root = TestPaths.NewTempFolder();
    private static readonly HttpClient Http = new() { Timeout = Patience };
    private PreviewServer _server = null!;

    private string Data => Path.Combine(_root, "data");

    private string YearFile => Path.Combine(Data, "jiyuan", "2021.yaml");

    public async Task InitializeAsync()
    {
        // jiyuan 2021 builds clean; a draft 2022 beside it; test (a spec case's) has a warning, dongxihu only notes; “wrong” is jiyuan with a wrong total.
        Copy(Path.Combine(TestPaths.Data, "jiyuan"), Path.Combine(Data, "jiyuan"));
        Copy(Path.Combine(TestPaths.Data, "dongxihu"), Path.Combine(Data, "dongxihu"));
        Copy(Path.Combine(TestPaths.Specs, "050-relations", "005-unused-waiver", "data", "test"), Path.Combine(Data, "test"));
        Copy(Path.Combine(TestPaths.Data, "jiyuan"), Path.Combine(Data, "wrong"));
        File.WriteAllText(Path.Combine(Data, "wrong", "2021.yaml"), WithWrongTotal(File.ReadAllText(YearFile)));
        Assert.NotNull(NewYearFile.Create(Data, "jiyuan", 2022, new SourceTextCache(), new DiagnosticBag()).File);
        Copy(TestPaths.Templates, Path.Combine(_root, "templates"));
        _server = await PreviewServer.StartAsync(Options());
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task The_index_shows_each_reports_state()
    {
        var index = await Http.GetStringAsync(_server.Address);

        Assert.Contains("data-key=\"jiyuan/2021\" href=\"/report/jiyuan/2021\">2021 年度 <span class=\"status\">已生成</span>", index, StringComparison.Ordinal);
        Assert.Contains("data-key=\"jiyuan/2022\" href=\"/report/jiyuan/2022\">2022 年度 <span class=\"status\">草稿</span>", index, StringComparison.Ordinal);
        Assert.Contains("data-key=\"test/2022\" href=\"/report/test/2022\">2022 年度 <span class=\"status\">有警告</span>（0 个错误，1 个警告）", index, StringComparison.Ordinal);
        // Notes (提示: blank cells left blank) are no warnings.
        Assert.Contains("data-key=\"dongxihu/2019\" href=\"/report/dongxihu/2019\">2019 年度 <span class=\"status\">已生成</span>", index, StringComparison.Ordinal);
        Assert.Contains("data-key=\"wrong/2021\" href=\"/report/wrong/2021\">2021 年度 <span class=\"status\">有错误</span>", index, StringComparison.Ordinal);
        Assert.Contains($"<meta name=\"generator-token\" content=\"{_server.Token}\">", index, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:{port}")]
    [InlineData("127.0.0.1.attacker.example:{port}")]
    [InlineData("127.0.0.1:1")]
    public async Task A_request_naming_another_host_is_refused(string host)
    {
        foreach (var path in new[] { "/", "/report/jiyuan/2021/report.html", "/events", "/nope" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server.Address, path));
            request.Headers.Host = host.Replace("{port}", _server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            using var response = await Http.SendAsync(request);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("拒绝访问", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_bound_address_and_localhost_are_accepted()
    {
        foreach (var host in new[] { $"127.0.0.1:{_server.Address.Port}", $"localhost:{_server.Address.Port}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, _server.Address);
            request.Headers.Host = host;
            using var response = await Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("0000", null)]
    [InlineData("{token}x", null)]
    [InlineData("{token}", "http://attacker.example")]
    public async Task A_write_without_the_runs_token_or_from_another_page_is_refused(string? token, string? origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.Address, "/rebuild"));
        if (token is not null)
        {
            request.Headers.Add("X-Generator-Token", token.Replace("{token}", _server.Token, StringComparison.Ordinal));
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("拒绝修改", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_with_the_token_from_our_page_is_accepted()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_server.Address, "/rebuild"));
        request.Headers.Add("X-Generator-Token", _server.Token);
        request.Headers.Add("Origin", _server.Address.GetLeftPart(UriPartial.Authority));

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task The_report_is_byte_for_byte_what_build_writes()
    {
        var outFolder = Path.Combine(_root, "out");
        var built = new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(Data, Path.Combine(_root, "templates"), outFolder, Bureau: "jiyuan", DisplayBase: _root));
        Assert.True(built.Succeeded);

        foreach (var file in new[] { "report.html", "report.md", "report.docx", "graphic.svg" })
        {
            var served = await Http.GetByteArrayAsync(new Uri(_server.Address, $"/report/jiyuan/2021/{file}"));
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(outFolder, "jiyuan", "2021", file)), served);
        }
    }

    [Fact]
    public async Task The_panel_names_a_wrong_totals_line_with_its_source_and_hint()
    {
        var panel = await Http.GetStringAsync(new Uri(_server.Address, "/report/wrong/2021/panel"));

        Assert.Contains("data-status=\"errors\"", panel, StringComparison.Ordinal);
        Assert.Contains($"data/wrong/2021.yaml:{TotalLine}:", panel, StringComparison.Ordinal);
        Assert.Contains("<span class=\"severity\">错误 GEN", panel, StringComparison.Ordinal);
        Assert.Contains("<pre class=\"source\">  total:", panel, StringComparison.Ordinal);
        Assert.Contains("<p class=\"hint\">提示：", panel, StringComparison.Ordinal);
        // Never built: no report to show, a note instead of a blank frame.
        var page = await Http.GetStringAsync(new Uri(_server.Address, "/report/wrong/2021"));
        Assert.Contains("还没有成功生成过", page, StringComparison.Ordinal);
        using var html = await Http.GetAsync(new Uri(_server.Address, "/report/wrong/2021/report.html"));
        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
    }

    [Fact]
    public async Task Saving_a_wrong_total_pushes_an_event_and_keeps_the_last_good_report_greyed_until_it_is_fixed()
    {
        var good = await Http.GetByteArrayAsync(new Uri(_server.Address, "/report/jiyuan/2021/report.html"));
        using var events = await Listen();
        var original = await File.ReadAllTextAsync(YearFile);

        await File.WriteAllTextAsync(YearFile, WithWrongTotal(original));
        var broken = await events.NextAsync("jiyuan/2021", e => e.GetProperty("status").GetString() == "errors");

        Assert.True(broken.GetProperty("stale").GetBoolean());
        var panel = await Http.GetStringAsync(new Uri(_server.Address, "/report/jiyuan/2021/panel"));
        Assert.Contains($"data/jiyuan/2021.yaml:{TotalLine}:", panel, StringComparison.Ordinal);
        Assert.Contains("data-stale=\"true\"", panel, StringComparison.Ordinal);
        Assert.Equal(good, await Http.GetByteArrayAsync(new Uri(_server.Address, "/report/jiyuan/2021/report.html")));
        Assert.Contains("class=\"stale\"", await Http.GetStringAsync(new Uri(_server.Address, "/report/jiyuan/2021")), StringComparison.Ordinal);

        await File.WriteAllTextAsync(YearFile, original);
        var fixedAgain = await events.NextAsync("jiyuan/2021", e => e.GetProperty("status").GetString() == "built");

        Assert.False(fixedAgain.GetProperty("stale").GetBoolean());
        Assert.Contains("没有发现问题", await Http.GetStringAsync(new Uri(_server.Address, "/report/jiyuan/2021/panel")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_figure_reaches_the_served_report()
    {
        using var events = await Listen();
        var text = await File.ReadAllTextAsync(YearFile);
        Assert.Contains("licensing:           { decisions: 1370 }", text, StringComparison.Ordinal);

        await File.WriteAllTextAsync(YearFile, text.Replace("decisions: 1370", "decisions: 1371", StringComparison.Ordinal));
        var changed = await events.NextAsync("jiyuan/2021", e => e.GetProperty("status").GetString() == "built");

        Assert.True(changed.GetProperty("filesVersion").GetInt64() > 0);
        var html = await Http.GetStringAsync(new Uri(_server.Address, "/report/jiyuan/2021/report.html"));
        Assert.Contains("1371", html, StringComparison.Ordinal);
        Assert.DoesNotContain("1370", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../../../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("data/../../outside.yaml")]
    [InlineData("data/jiyuan/../../secret.yaml")]
    [InlineData("out/jiyuan/2021/report.md")]
    public async Task The_source_view_shows_no_file_outside_the_data_and_templates_folders(string file)
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "secret.yaml"), "secret: 1\n");
        await File.WriteAllTextAsync(Path.Combine(Path.GetDirectoryName(_root)!, "outside.yaml"), "secret: 1\n");

        using var response = await Http.GetAsync(new Uri(_server.Address, $"/source?file={Uri.EscapeDataString(file)}&line=1"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("secret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_source_view_shows_the_lines_around_a_diagnostic()
    {
        var view = await Http.GetStringAsync(new Uri(_server.Address, $"/source?file=data/wrong/2021.yaml&line={TotalLine}"));

        Assert.Contains($"<mark>{TotalLine,5}    total:", view, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_crash_in_one_bureaus_build_leaves_the_others_and_the_server_running()
    {
        var options = Options();
        var workspace = new PreviewWorkspace(options, build =>
        {
            if (build.Bureau == "dongxihu")
            {
                throw new InvalidOperationException("模拟的程序错误");
            }

            var sources = new SourceTextCache();
            return (new ReportBuilder(sources).Build(build), sources);
        });
        await using var server = await PreviewServer.StartAsync(options, workspace, CancellationToken.None);

        var index = await Http.GetStringAsync(server.Address);
        Assert.Contains("data-key=\"dongxihu/2019\" href=\"/report/dongxihu/2019\">2019 年度 <span class=\"status\">有错误</span>", index, StringComparison.Ordinal);
        Assert.Contains("data-key=\"jiyuan/2021\" href=\"/report/jiyuan/2021\">2021 年度 <span class=\"status\">已生成</span>", index, StringComparison.Ordinal);
        Assert.Contains("程序内部错误（InvalidOperationException：模拟的程序错误）", await Http.GetStringAsync(new Uri(server.Address, "/report/dongxihu/2019/panel")), StringComparison.Ordinal);
    }

    private const int TotalLine = 56;

    private PreviewOptions Options() => new(Data, Path.Combine(_root, "templates"), Path.Combine(_root, "out"), Port: 0, DisplayBase: _root);

    /// <summary>jiyuan 2021 with its stated (七)总计 one more than its parts.</summary>
    private static string WithWrongTotal(string yaml)
    {
        var lines = yaml.Split('\n');
        Assert.StartsWith("  total:             [10, 0, 0, 0, 0, 0]", lines[TotalLine - 1], StringComparison.Ordinal);
        lines[TotalLine - 1] = lines[TotalLine - 1].Replace("[10,", "[11,", StringComparison.Ordinal);
        return string.Join('\n', lines);
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private async Task<EventStream> Listen()
    {
        var listeners = _server.Listeners;
        var response = await Http.GetAsync(new Uri(_server.Address, "/events"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        // Subscribed once the first line (retry) is there.
        Assert.Equal("retry: 1000", await stream.Reader.ReadLineAsync());
        Assert.True(_server.Listeners > listeners);
        return stream;
    }

    /// <summary>An open /events stream, read as a browser's EventSource reads it.</summary>
    private sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public StreamReader Reader { get; } = reader;

        /// <summary>The next <c>report</c> event for <paramref name="key"/> that <paramref name="matches"/>.</summary>
        public async Task<JsonElement> NextAsync(string key, Func<JsonElement, bool> matches)
        {
            using var timeout = new CancellationTokenSource(Patience);
            while (await Reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    var data = JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone();
                    if (data.GetProperty("key").GetString() == key && matches(data))
                    {
                        return data;
                    }
                }
            }

            throw new InvalidOperationException("事件流提前结束。");
        }

        public void Dispose()
        {
            Reader.Dispose();
            response.Dispose();
        }
    }
}
