using System.Globalization;
using System.Text;
using Generator.Graphic;
using Generator.Serve.Changes;
using Generator.Serve.Downloads;
using Generator.Serve.Editing;
using Microsoft.AspNetCore.Http;

namespace Generator.Serve;

/// <summary>
/// The addresses the preview answers, each served from memory (the reports) or through <see cref="SourceView"/>;
/// no address maps onto the file system. Every request passes <see cref="RequestGuard"/> first.
/// </summary>
internal sealed class PreviewRoutes(PreviewWorkspace workspace, RequestGuard guard, EventHub events, SourceView sources, PreviewOptions options, CancellationToken stopping)
{
    private readonly PdfExport _pdf = new();
    private readonly PngExport _png = new();

    /// <summary>Our pages: our script and stylesheet only, the report only in a frame of ours.</summary>
    private const string PagePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>The report as build writes it: its own inline styles and embedded images, no scripts, nothing fetched.</summary>
    private const string ReportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; font-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    private static readonly Dictionary<string, string> FileTypes = new(StringComparer.Ordinal)
    {
        ["report.html"] = "text/html; charset=utf-8",
        ["report.md"] = "text/markdown; charset=utf-8",
        ["report.docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["graphic.svg"] = "image/svg+xml",
        ["report.pdf"] = "application/pdf",
    };

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (guard.Refuse(request) is { } refusal)
        {
            await Text(response, refusal.Status, refusal.Message).ConfigureAwait(false);
            return;
        }

        try
        {
            await RouteAsync(context).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // One request's failure is answered in Chinese; the server goes on.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            if (!response.HasStarted)
            {
                await Text(response, StatusCodes.Status500InternalServerError, $"程序内部错误（{e.GetType().Name}：{e.Message}）。请把这段文字报告给维护人员。").ConfigureAwait(false);
            }
        }
    }

    private Task RouteAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var path = request.Path.Value ?? "/";
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var get = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);

        if (path == "/rebuild")
        {
            if (!HttpMethods.IsPost(request.Method))
            {
                return Text(response, StatusCodes.Status405MethodNotAllowed, "请用 POST。");
            }

            _ = Task.Run(workspace.RebuildAll, stopping);
            return Text(response, StatusCodes.Status202Accepted, "已开始重新生成全部报告。");
        }

        if (parts is ["report", var editBureau, var editYear, "edit"] && HttpMethods.IsPost(request.Method))
        {
            return int.TryParse(editYear, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && workspace.Find(editBureau, y) is { } edited
                ? EditAsync(context, edited)
                : Text(response, StatusCodes.Status404NotFound, "没有这份报告。");
        }

        if (!get)
        {
            return Text(response, StatusCodes.Status405MethodNotAllowed, "此地址只能读取。");
        }

        switch (parts)
        {
            case []:
                return Page(response, IndexPage.Render(workspace.Reports, guard.Token));
            case ["fragment", "index"]:
                return Fragment(response, IndexPage.Table(workspace.Reports));
            case ["events"]:
                return EventsAsync(context);
            case ["static", "preview.css"]:
                return Content(response, "text/css; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.Css));
            case ["static", "preview.js"]:
                return Content(response, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(PreviewAssets.Script));
            case ["source"]:
                var line = int.TryParse(request.Query["line"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) ? l : 0;
                return sources.Render(request.Query["file"], line) is { } view
                    ? Fragment(response, view)
                    : Text(response, StatusCodes.Status404NotFound, "只能显示数据文件夹和模板文件夹中的数据文件与模板。");
            case ["report", var bureau, var yearText, .. var rest] when rest.Length <= 1
                && int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && workspace.Find(bureau, year) is { } report:
                return Report(response, report, rest.Length == 0 ? null : rest[0]);
            default:
                return Text(response, StatusCodes.Status404NotFound, "没有这个页面。");
        }
    }

    private Task Report(HttpResponse response, PreviewReport report, string? part)
    {
        if (part is null)
        {
            return Page(response, ReportPage.Render(report, guard.Token));
        }

        if (part == "panel")
        {
            return Fragment(response, ReportPage.Panel(report));
        }

        if (part == "cells")
        {
            return Content(response, "application/json; charset=utf-8", CellsJson.Of(report));
        }

        if (part == "changes")
        {
            if (report.File("report.html") is not { } current)
            {
                return Text(response, StatusCodes.Status404NotFound, "这份报告还没有成功生成过，没有可比较的内容。");
            }

            response.Headers.ContentSecurityPolicy = ReportPolicy;
            return Content(response, "text/html; charset=utf-8",
                Encoding.UTF8.GetBytes(PublishedComparison.Render(current.Bytes, options.OutFolder, report.BureauId, report.Year).Html));
        }

        if (part == "report.pdf")
        {
            var (pdf, problem) = _pdf.Of(report);
            if (pdf is null)
            {
                return Text(response, StatusCodes.Status404NotFound, problem ?? "没有生成 PDF。");
            }

            response.Headers.ContentDisposition = $"attachment; filename=\"{report.BureauId}-{report.Year}-report.pdf\"";
            return Content(response, "application/pdf", pdf);
        }

        if (part == GraphicOutput.PngFile)
        {
            var (png, problem) = _png.Of(report);
            return png is null ? Text(response, StatusCodes.Status404NotFound, problem!) : Content(response, "image/png", png);
        }

        if (!FileTypes.TryGetValue(part, out var type))
        {
            return Text(response, StatusCodes.Status404NotFound, "没有这个页面。");
        }

        if (report.File(part) is not { } file)
        {
            return Text(response, StatusCodes.Status404NotFound, "这份报告还没有成功生成过，没有可下载的文件。");
        }

        if (part is "report.html" or "graphic.svg")
        {
            response.Headers.ContentSecurityPolicy = ReportPolicy;
        }
        else if (part is "report.md" or "report.docx")
        {
            response.Headers.ContentDisposition = $"attachment; filename=\"{report.BureauId}-{report.Year}-{part}\"";
        }

        return Content(response, type, file.Bytes);
    }

    /// <summary>
    /// An edit in the table: the cell, the new value and the hash of the file the page shows (form fields). Written
    /// by <see cref="CellEditor"/>; the rebuild starts at once rather than waiting for the folder watcher's event.
    /// </summary>
    private async Task EditAsync(HttpContext context, PreviewReport report)
    {
        var response = context.Response;
        if (!context.Request.HasFormContentType || report.Edit is not { } target)
        {
            await Text(response, StatusCodes.Status400BadRequest, "请从报告页面的表格中修改。").ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var result = CellEditor.Edit(target.YearFile, target.Display, report.Year, form["cell"].ToString(), form["value"].ToString(), form["hash"].ToString());
        if (result.Written)
        {
            _ = Task.Run(() => workspace.RebuildBureau(report.BureauId), stopping);
        }

        await Text(response, result.Status, result.Message).ConfigureAwait(false);
    }

    /// <summary>Server-Sent Events: one <c>report</c> event per changed report, until the page closes or serve stops.</summary>
    private async Task EventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        var channel = events.Subscribe();
        using var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await response.WriteAsync("retry: 1000\n\n", both.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(both.Token).ConfigureAwait(false);
            while (!both.IsCancellationRequested)
            {
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(both.Token);
                beat.CancelAfter(TimeSpan.FromSeconds(20));
                string? data = null;
                try
                {
                    data = await channel.Reader.ReadAsync(beat.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (!both.IsCancellationRequested)
                {
                    // Quiet for a while: a comment keeps proxies and the browser from closing the stream.
                }

                await response.WriteAsync(data is null ? ": 保持连接\n\n" : $"event: report\ndata: {data}\n\n", both.Token).ConfigureAwait(false);
                await response.Body.FlushAsync(both.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or serve is stopping.
        }
        finally
        {
            events.Unsubscribe(channel);
        }
    }

    private static Task Page(HttpResponse response, string html)
    {
        response.Headers.ContentSecurityPolicy = PagePolicy;
        return Content(response, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));
    }

    private static Task Fragment(HttpResponse response, string html) => Content(response, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html));

    private static Task Text(HttpResponse response, int status, string message)
    {
        response.StatusCode = status;
        return Content(response, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(message + "\n"));
    }

    private static Task Content(HttpResponse response, string type, byte[] bytes)
    {
        response.ContentType = type;
        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes).AsTask();
    }
}
