using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Generator.Tests.Schema;

/// <summary>
/// A small Language Server Protocol client: JSON-RPC 2.0 over a server process's standard input and
/// output, each message preceded by a <c>Content-Length</c> header. Enough to initialise a server, open
/// documents and take the diagnostics it publishes. It answers the server's own requests:
/// <c>workspace/configuration</c> with the settings it was started with, anything else with null.
/// </summary>
internal sealed partial class LspClient : IAsyncDisposable
{
    /// <summary>Generous: the machine may be busy, and a server that never answers fails the test anyway.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly JsonObject _settings;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _responses = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonArray>> _diagnostics = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly StringBuilder _log = new();
    private readonly Task _reading;
    private int _lastId;

    private LspClient(Process process, JsonObject settings)
    {
        _process = process;
        _settings = settings;
        _process.ErrorDataReceived += (_, e) => AppendLog(e.Data);
        _process.BeginErrorReadLine();
        _reading = Task.Run(ReadAllAsync);
    }

    /// <summary>What the server wrote to standard error and logged, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts <c>node server --stdio</c> and initialises it with the client's locale (VS Code sends its display language) and settings.</summary>
    public static async Task<LspClient> StartAsync(string node, string server, string rootFolder, string locale, JsonObject settings)
    {
        var start = new ProcessStartInfo(node)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(server);
        start.ArgumentList.Add("--stdio");
        var client = new LspClient(Process.Start(start) ?? throw new InvalidOperationException($"could not start {node}"), settings);
        try
        {
            await client.RequestAsync("initialize", new JsonObject
            {
                ["processId"] = Environment.ProcessId,
                ["locale"] = locale,
                ["rootUri"] = FileUri(rootFolder),
                ["capabilities"] = new JsonObject { ["workspace"] = new JsonObject { ["configuration"] = true } },
            });
            await client.NotifyAsync("initialized", new JsonObject());
            await client.NotifyAsync("workspace/didChangeConfiguration", new JsonObject { ["settings"] = settings.DeepClone() });
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    public static string FileUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>Opens a document under <paramref name="uri"/> with <paramref name="text"/> (nothing is read from or written to disk) and returns the first diagnostics published for it.</summary>
    public async Task<JsonArray> OpenAsync(string uri, string text)
    {
        var published = _diagnostics.GetOrAdd(uri, _ => NewCompletion<JsonArray>());
        await NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
        });
        return await WaitAsync(published.Task, $"diagnostics for {uri}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await RequestAsync("shutdown", null).WaitAsync(TimeSpan.FromSeconds(10));
                await NotifyAsync("exit", null);
            }
        }
        catch (Exception e) when (e is IOException or TimeoutException or InvalidOperationException or ObjectDisposedException)
        {
            // The server is ended below either way.
        }

        if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            _process.Kill(entireProcessTree: true);
        }

        await _reading;
        _process.Dispose();
        _writing.Dispose();
    }

    private async Task<JsonNode?> RequestAsync(string method, JsonObject? parameters)
    {
        var id = Interlocked.Increment(ref _lastId);
        var response = _responses.GetOrAdd(id, _ => NewCompletion<JsonNode?>());
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await WaitAsync(response.Task, method);
    }

    private Task NotifyAsync(string method, JsonObject? parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        await _writing.WaitAsync();
        try
        {
            var input = _process.StandardInput.BaseStream;
            await input.WriteAsync(header);
            await input.WriteAsync(body);
            await input.FlushAsync();
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task<T> WaitAsync<T>(Task<T> task, string what)
    {
        try
        {
            return await task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{what}: no answer from the language server within {Timeout.TotalSeconds} s. Its log:\n{Log}");
        }
    }

    private static TaskCompletionSource<T> NewCompletion<T>() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
