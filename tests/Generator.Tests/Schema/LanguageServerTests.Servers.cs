using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Generator.Building.Pdf;

namespace Generator.Tests.Schema;

public sealed partial class LanguageServerTests
{
    /// <summary>
    /// One yaml-language-server per locale for the whole class, started when a test first needs it
    /// (starting node takes longer than checking a file), and shut down after the last test.
    /// </summary>
    public sealed class Servers : IAsyncLifetime
    {
        private readonly ConcurrentDictionary<string, Lazy<Task<LspClient>>> _started = new(StringComparer.Ordinal);

        /// <summary>The server for <paramref name="locale"/>, as VS Code sends its display language; skips the test when node or the server is missing.</summary>
        internal Task<LspClient> StartedAsync(string locale)
        {
            var (node, server) = Locate();
            return _started.GetOrAdd(locale, _ => new Lazy<Task<LspClient>>(() => LspClient.StartAsync(node, server, TestPaths.RepoRoot, locale, Settings()))).Value;
        }

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            foreach (var started in _started.Values.Where(s => s.IsValueCreated))
            {
                if (started.Value.IsCompletedSuccessfully)
                {
                    await started.Value.Result.DisposeAsync();
                }
            }
        }

        /// <summary>
        /// What VS Code's YAML extension sends, with the schema store off (it would be fetched from the
        /// internet): the schema comes from each file's first line.
        /// </summary>
        private static JsonObject Settings() => new()
        {
            ["yaml"] = new JsonObject
            {
                ["validate"] = true,
                ["hover"] = true,
                ["completion"] = true,
                ["schemaStore"] = new JsonObject { ["enable"] = false },
            },
        };

        /// <summary>node on PATH, and the server named by YAML_LANGUAGE_SERVER or installed in .yls by .ci/run.</summary>
        private static (string Node, string Server) Locate()
        {
            var node = PdfConverter.FindOnPath(OperatingSystem.IsWindows() ? "node.exe" : "node");
            var server = Environment.GetEnvironmentVariable("YAML_LANGUAGE_SERVER") is { Length: > 0 } named
                ? named
                : Path.Combine(TestPaths.RepoRoot, ".yls", "node_modules", "yaml-language-server", "bin", "yaml-language-server");
            if (node is null || !File.Exists(server))
            {
                Assert.True(Environment.GetEnvironmentVariable("CI") is null or "", "On CI, node and YAML_LANGUAGE_SERVER must be there (.ci/run installs them).");
                Skip.If(true, $"{(node is null ? "node is not on PATH" : $"no yaml-language-server at {server}")}: bash .ci/run installs it from npm and sets YAML_LANGUAGE_SERVER.");
            }

            return (node!, server);
        }
    }
}
