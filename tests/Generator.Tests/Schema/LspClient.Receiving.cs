using System.Text.Json.Nodes;

namespace Generator.Tests.Schema;

/// <summary>What the client does with the server's messages: responses, its requests, diagnostics, logs.</summary>
internal sealed partial class LspClient
{
    private async Task ReadAllAsync()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (await LspFraming.ReadAsync(output) is { } message)
            {
                await DispatchAsync(message);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or EndOfStreamException)
        {
            AppendLog($"reading stopped: {e.Message}");
        }

        var ended = new IOException($"the language server ended. Its log:\n{Log}");
        foreach (var waiting in _responses.Values)
        {
            waiting.TrySetException(ended);
        }

        foreach (var waiting in _diagnostics.Values)
        {
            waiting.TrySetException(ended);
        }
    }

    private async Task DispatchAsync(JsonObject message)
    {
        var method = message["method"]?.GetValue<string>();
        var id = message["id"];
        if (method is null)
        {
            if (id is not null && _responses.TryRemove(id.GetValue<int>(), out var response))
            {
                if (message["error"] is { } error)
                {
                    response.TrySetException(new InvalidOperationException(error.ToJsonString()));
                }
                else
                {
                    response.TrySetResult(message["result"]?.DeepClone());
                }
            }
        }
        else if (id is not null)
        {
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = Answer(method, message["params"]) });
        }
        else if (method == "textDocument/publishDiagnostics")
        {
            var uri = message["params"]!["uri"]!.GetValue<string>();
            _diagnostics.GetOrAdd(uri, _ => NewCompletion<JsonArray>()).TrySetResult(message["params"]!["diagnostics"]!.DeepClone().AsArray());
        }
        else if (method is "window/logMessage" or "window/showMessage")
        {
            AppendLog(message["params"]?["message"]?.GetValue<string>());
        }
    }

    /// <summary>The server asks for its settings section by section (<c>yaml</c>, <c>http</c>, …); every other request is acknowledged.</summary>
    private JsonArray? Answer(string method, JsonNode? parameters) => method switch
    {
        "workspace/configuration" => new JsonArray([.. (parameters?["items"]?.AsArray() ?? [])
            .Select(item => item?["section"]?.GetValue<string>() is { } section ? _settings[section]?.DeepClone() : null)]),
        _ => null,
    };

    private void AppendLog(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.AppendLine(line);
            }
        }
    }
}
