using Generator.Serve;
using Microsoft.Playwright;

namespace Generator.Tests.Unit.Serve.Browser;

/// <summary>
/// serve in a real browser: Debian's chromium driven by Playwright (ExecutablePath: nothing is downloaded).
/// Skipped where chromium is not installed (.ci/run installs it). Screenshots of the index and of a report page
/// with diagnostics go to tests/Generator.Tests/TestResults/screenshots/.
/// </summary>
public sealed class PreviewBrowserTests : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private const float Timeout = 60_000;

    private readonly string _root = TestPaths.NewTempFolder();
    private PreviewServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private static bool Available => File.Exists(Chromium);

    private string YearFile => Path.Combine(_root, "data", "jiyuan", "2021.yaml");

    public static string Screenshots => Path.Combine(TestPaths.RepoRoot, "tests", "Generator.Tests", "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }

        TestPaths.CopyFolder(Path.Combine(TestPaths.Data, "jiyuan"), Path.Combine(_root, "data", "jiyuan"));
        TestPaths.CopyFolder(Path.Combine(TestPaths.Data, "dongxihu"), Path.Combine(_root, "data", "dongxihu"));
        TestPaths.CopyFolder(TestPaths.Templates, Path.Combine(_root, "templates"));
        _server = await PreviewServer.StartAsync(new PreviewOptions(Path.Combine(_root, "data"), Path.Combine(_root, "templates"), Path.Combine(_root, "out"),
            Port: 0, DisplayBase: _root));
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // A foreign name that resolves to this machine, as a DNS-rebinding page would have it.
            Args = ["--no-sandbox", "--host-resolver-rules=MAP rebinding.example 127.0.0.1"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    [SkippableFact]
    public async Task A_figure_saved_on_disk_changes_the_cell_without_a_reload_and_keeps_the_scroll_position()
    {
        var page = await OpenReport();
        await page.EvaluateAsync("() => { const w = document.getElementById('report').contentWindow; w.scrollTo(0, 700); w.notReloaded = true; }");
        var before = await page.EvaluateAsync<int>("() => document.getElementById('report').contentWindow.scrollY");
        Assert.True(before > 0);

        var text = await File.ReadAllTextAsync(YearFile);
        await File.WriteAllTextAsync(YearFile, text.Replace("decisions: 1370", "decisions: 1371", StringComparison.Ordinal));

        await page.WaitForFunctionAsync("() => document.getElementById('report').contentDocument.body.innerHTML.includes('<td colspan=\"3\">1371</td>')", null, new() { Timeout = Timeout });
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('report').contentWindow.notReloaded === true"));
        Assert.Equal(before, await page.EvaluateAsync<int>("() => document.getElementById('report').contentWindow.scrollY"));
    }

    [SkippableFact]
    public async Task A_wrong_total_shows_in_the_panel_at_its_line_and_leaves_once_fixed()
    {
        var page = await OpenReport();
        var original = await File.ReadAllTextAsync(YearFile);
        var lines = original.Split('\n');
        var line = Array.FindIndex(lines, l => l.StartsWith("  total:", StringComparison.Ordinal)) + 1;
        lines[line - 1] = lines[line - 1].Replace("[10, 0, 0, 0, 0, 0]", "[11, 0, 0, 0, 0, 0]", StringComparison.Ordinal);

        await File.WriteAllTextAsync(YearFile, string.Join('\n', lines));

        var where = page.Locator("#panel li.error a.where").Filter(new() { HasText = $"data/jiyuan/2021.yaml:{line}:" });
        await where.First.WaitForAsync(new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("#report")).ToHaveClassAsync("stale");
        await where.First.ClickAsync();
        await Assertions.Expect(page.Locator("#panel .source-view mark")).ToContainTextAsync("total:");
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "report-with-diagnostics.png"), FullPage = true });

        await File.WriteAllTextAsync(YearFile, original);
        await Assertions.Expect(page.Locator("#panel")).ToContainTextAsync("没有发现问题", new() { Timeout = Timeout });
        Assert.Equal(0, await page.Locator("#panel li.error").CountAsync());
    }

    [SkippableFact]
    public async Task A_cell_edited_in_the_page_changes_the_file_only_at_that_value()
    {
        var page = await OpenReport();
        var original = await File.ReadAllBytesAsync(YearFile);
        var frame = page.FrameLocator("#report");
        var cell = frame.Locator("td[data-cell='t1-r2-c0']");
        await cell.WaitForAsync(new() { Timeout = Timeout });

        await cell.ClickAsync();
        await frame.Locator("td[data-cell='t1-r2-c0'] input").FillAsync("1371");
        await frame.Locator("td[data-cell='t1-r2-c0'] input").PressAsync("Enter");

        await Assertions.Expect(page.Locator("#edit-status")).ToContainTextAsync("已写入", new() { Timeout = Timeout });
        var expected = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(original).Replace("decisions: 1370", "decisions: 1371", StringComparison.Ordinal));
        Assert.Equal(expected, await File.ReadAllBytesAsync(YearFile));
        await Assertions.Expect(frame.Locator("td[data-cell='t1-r2-c0']")).ToHaveTextAsync("1371", new() { Timeout = Timeout });

        // A computed total says why it cannot be edited, and the file stays as it is.
        await frame.Locator("td[data-cell='t3-r0-c4']").ClickAsync();
        await Assertions.Expect(page.Locator("#edit-status")).ToContainTextAsync("总计由程序");
        Assert.Equal(expected, await File.ReadAllBytesAsync(YearFile));
    }

    [SkippableFact]
    public async Task A_foreign_host_or_a_write_without_the_token_is_refused()
    {
        var page = await OpenReport();
        var before = await File.ReadAllBytesAsync(YearFile);

        var status = await page.EvaluateAsync<int>(
            "() => fetch('/report/jiyuan/2021/edit', { method: 'POST', body: new URLSearchParams({ cell: 't1-r2-c0', value: '5', hash: 'x' }) }).then(r => r.status)");
        Assert.Equal(403, status);

        var foreign = await _browser!.NewPageAsync();
        var response = await foreign.GotoAsync($"http://rebinding.example:{_server!.Address.Port}/report/jiyuan/2021");
        Assert.Equal(403, response!.Status);
        Assert.Contains("拒绝访问", await response.TextAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(YearFile));
    }

    [SkippableFact]
    public async Task The_index_lists_the_reports_with_their_state()
    {
        Skip.IfNot(Available, "chromium is not installed");
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(_server!.Address.ToString());

        await Assertions.Expect(page.Locator("a[data-key='jiyuan/2021']")).ToContainTextAsync("已生成");
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "index.png"), FullPage = true });
    }

    private async Task<IPage> OpenReport()
    {
        Skip.IfNot(Available, "chromium is not installed");
        var page = await _browser!.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 720 } });
        var listeners = _server!.Listeners;
        await page.GotoAsync(new Uri(_server.Address, "/report/jiyuan/2021").ToString());
        // Ready once the script has marked the figure cells and listens for changes.
        await page.FrameLocator("#report").Locator("td[data-cell]").First.WaitForAsync(new() { Timeout = Timeout });
        for (var waited = 0; _server.Listeners <= listeners && waited < Timeout; waited += 20)
        {
            await Task.Delay(20);
        }

        return page;
    }
}
