using System.Text.Json.Nodes;

namespace Generator.Tests.Schema;

/// <summary>
/// Walks a schema's JSON and lists every object it describes with its property names, keyed by a
/// path such as <c>/requests/withheld</c> (<c>/[]</c> for the items of a list). Follows local
/// <c>$ref</c>s into <c>$defs</c>.
/// </summary>
internal static class SchemaMappings
{
    public static Dictionary<string, SortedSet<string>> Collect(JsonObject schema)
    {
        var result = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        Walk(schema, schema, string.Empty, result);
        return result;
    }

    /// <summary>Every object the schema describes, with the names in its <c>required</c> list.</summary>
    public static Dictionary<string, SortedSet<string>> CollectRequired(JsonObject schema)
    {
        var result = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        Walk(schema, schema, string.Empty, result, node => node["required"]?.AsArray().Select(n => n!.GetValue<string>()) ?? []);
        return result;
    }

    private static void Walk(JsonObject root, JsonObject node, string path, Dictionary<string, SortedSet<string>> result,
        Func<JsonObject, IEnumerable<string>>? names = null)
    {
        node = Resolve(root, node);
        if (node["properties"] is JsonObject properties)
        {
            result[path] = new SortedSet<string>(names?.Invoke(node) ?? properties.Select(p => p.Key), StringComparer.Ordinal);
            foreach (var (key, value) in properties)
            {
                Walk(root, value!.AsObject(), path + "/" + key, result, names);
            }
        }

        if (node["items"] is JsonObject items)
        {
            Walk(root, items, path + "/[]", result, names);
        }
    }

    /// <summary>The schema a property stands for: its own, or the <c>$defs</c> entry its <c>$ref</c> names.</summary>
    private static JsonObject Resolve(JsonObject root, JsonObject node)
    {
        if (node["$ref"]?.GetValue<string>() is not { } reference)
        {
            return node;
        }

        const string Prefix = "#/$defs/";
        Assert.StartsWith(Prefix, reference, StringComparison.Ordinal);
        var target = root["$defs"]![reference[Prefix.Length..]]!.AsObject();
        return Resolve(root, target);
    }
}
