using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Generator.Tests.Schema;

/// <summary>The JSON Schemas in <c>schema/</c>, built once, and validation of YAML text against them.</summary>
internal static class SchemaFiles
{
    public const string Report2019 = "report-2019.schema.json";
    public const string Report2021 = "report-2021.schema.json";
    public const string Bureau = "bureau.schema.json";

    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Schemas = new(StringComparer.Ordinal);

    public static string Folder => Path.Combine(TestPaths.RepoRoot, "schema");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>The schema's own JSON, for tests that read its structure.</summary>
    public static JsonObject Json(string name) => JsonNode.Parse(File.ReadAllText(PathOf(name)))!.AsObject();

    public static JsonSchema Get(string name) =>
        Schemas.GetOrAdd(name, n => new Lazy<JsonSchema>(() =>
            JsonSchema.FromText(File.ReadAllText(PathOf(n)), new BuildOptions { SchemaRegistry = new SchemaRegistry() }))).Value;

    /// <summary>Every error the schema finds in the YAML text, as <c>/instance/path: message</c>; empty when valid.</summary>
    public static IReadOnlyList<string> Errors(string name, string yaml) => Errors(name, YamlJson.Parse(yaml));

    public static IReadOnlyList<string> Errors(string name, JsonNode? instance)
    {
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        var result = Get(name).Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return [.. (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The schema a report of this format is checked against.</summary>
    public static string ForFormat(string format) => format == "2019" ? Report2019 : Report2021;
}
