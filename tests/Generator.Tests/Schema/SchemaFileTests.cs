using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Generator.Tests.Schema;

/// <summary>The schema files themselves: well-formed, usable by today's editors, and documented in Chinese on every property.</summary>
public sealed class SchemaFileTests
{
    /// <summary>The year/format condition at the top: its sub-schemas narrow properties documented elsewhere.</summary>
    private static readonly string[] Conditions = ["if", "then", "else"];

    public static TheoryData<string> Names() => [SchemaFiles.Report2019, SchemaFiles.Report2021, SchemaFiles.Bureau];

    [Theory]
    [MemberData(nameof(Names))]
    public void Schema_is_valid_against_the_draft_2020_12_meta_schema(string name) =>
        AssertValid(MetaSchemas.Draft202012, name);

    /// <summary>VS Code's YAML extension read schemas as draft-07 before yaml-language-server 1.20; the schemas stay valid there (prefixItems and minContains are then ignored).</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public void Schema_is_also_a_valid_draft_07_schema_for_editors(string name) =>
        AssertValid(MetaSchemas.Draft7, name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_property_has_a_Chinese_title_and_description(string name)
    {
        foreach (var (path, property) in Properties(SchemaFiles.Json(name), string.Empty))
        {
            foreach (var keyword in new[] { "title", "description" })
            {
                var text = property[keyword]?.GetValue<string>() ?? string.Empty;
                Assert.True(text.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"{name} {path}: {keyword} should be Chinese text, is “{text}”");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_object_forbids_unknown_keys(string name)
    {
        var schema = SchemaFiles.Json(name);
        foreach (var (path, node) in Objects(schema, "#"))
        {
            Assert.True(node["additionalProperties"] is JsonValue v && !v.GetValue<bool>(), $"{name} {path}: additionalProperties should be false");
        }
    }

    [Fact]
    public void The_two_report_schemas_share_their_definitions_and_table_3()
    {
        var a = SchemaFiles.Json(SchemaFiles.Report2019);
        var b = SchemaFiles.Json(SchemaFiles.Report2021);

        Assert.True(JsonNode.DeepEquals(a["$defs"], b["$defs"]), "$defs differ between the report schemas");
        Assert.True(JsonNode.DeepEquals(a["properties"]!["appeals"], b["properties"]!["appeals"]), "appeals differ between the report schemas");
    }

    /// <summary>Without <c>format:</c> the year chooses the format (spec §0), so the year must belong to the schema's format.</summary>
    [Theory]
    [InlineData("data/demo/2022.yaml", "year: 2022 ", "year: 2020 ", SchemaFiles.Report2021)]
    [InlineData("data/guichi/2020.yaml", "year: 2020 ", "year: 2021 ", SchemaFiles.Report2019)]
    public void Without_format_the_year_must_belong_to_the_schemas_format(string file, string year, string otherYear, string schema)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, file)).ReplaceLineEndings("\n");
        var withoutFormat = string.Join('\n', text.Split('\n').Where(line => !line.StartsWith("format:", StringComparison.Ordinal)));

        Assert.Empty(SchemaFiles.Errors(schema, withoutFormat));
        Assert.Contains(SchemaFiles.Errors(schema, withoutFormat.Replace(year, otherYear, StringComparison.Ordinal)), e => e.StartsWith("/year:", StringComparison.Ordinal));
    }

    private static void AssertValid(JsonSchema meta, string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaFiles.PathOf(name)));
        var result = meta.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join('\n', (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    /// <summary>Every entry of every <c>properties</c> in the schema (the hovers an editor shows), with its JSON path.</summary>
    private static IEnumerable<(string Path, JsonObject Property)> Properties(JsonNode? node, string path)
    {
        if (node is JsonArray array)
        {
            foreach (var (item, i) in array.Select((item, i) => (item, i)))
            {
                foreach (var inner in Properties(item, $"{path}/{i}"))
                {
                    yield return inner;
                }
            }
        }

        if (node is not JsonObject obj)
        {
            yield break;
        }

        if (obj["properties"] is JsonObject properties)
        {
            foreach (var (key, value) in properties)
            {
                yield return ($"{path}/properties/{key}", value!.AsObject());
            }
        }

        foreach (var (key, value) in obj.Where(p => !Conditions.Contains(p.Key)))
        {
            foreach (var inner in Properties(value, $"{path}/{key}"))
            {
                yield return inner;
            }
        }
    }

    private static IEnumerable<(string Path, JsonObject Node)> Objects(JsonNode? node, string path)
    {
        if (node is JsonObject obj)
        {
            if (obj["properties"] is JsonObject)
            {
                yield return (path, obj);
            }

            foreach (var (key, value) in obj.Where(p => !Conditions.Contains(p.Key)))
            {
                foreach (var inner in Objects(value, $"{path}/{key}"))
                {
                    yield return inner;
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var (item, i) in array.Select((item, i) => (item, i)))
            {
                foreach (var inner in Objects(item, $"{path}/{i}"))
                {
                    yield return inner;
                }
            }
        }
    }
}
