using System.Text.Json.Nodes;

namespace Generator.Tests.Schema;

/// <summary>
/// What the editor says about a wrong value. yaml-language-server (VS Code's YAML extension) shows a
/// schema's <c>errorMessage</c> instead of its own English text when a <c>type</c>, <c>enum</c>,
/// <c>const</c>, <c>format</c>, <c>required</c>, <c>contains</c> or <c>additionalProperties: false</c>
/// check fails, and <c>patternErrorMessage</c> (else <c>errorMessage</c>, else the raw regular
/// expression) when a <c>pattern</c> fails. <see cref="LanguageServerTests"/> asks the real server.
/// </summary>
public sealed class SchemaMessageTests
{
    /// <summary>Keywords whose failure the server reports with the schema's <c>errorMessage</c>.</summary>
    private static readonly string[] ExplainedByErrorMessage = ["type", "enum", "const", "format", "required", "contains"];

    /// <summary>
    /// Keywords the server reports only with a fixed text (English unless VS Code runs in Chinese), for
    /// which the schemas use an explained keyword instead: <c>contains</c>/<c>minContains</c>/<c>maxContains</c>
    /// count the items of a row. <c>minimum</c>/<c>maximum</c> remain where nothing else would do (see the
    /// schemas' <c>$comment</c> and docs/data-format.md).
    /// </summary>
    private static readonly string[] FixedEnglishText =
        ["minItems", "maxItems", "minLength", "maxLength", "minProperties", "maxProperties", "uniqueItems", "multipleOf", "not", "oneOf", "exclusiveMinimum", "exclusiveMaximum"];

    public static TheoryData<string> Names() => [SchemaFiles.Report2019, SchemaFiles.Report2021, SchemaFiles.Bureau];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_check_has_a_Chinese_error_message(string name)
    {
        foreach (var (path, schema) in Schemas(SchemaFiles.Json(name), "#"))
        {
            var explained = ExplainedByErrorMessage.Any(schema.ContainsKey) || schema["additionalProperties"] is JsonValue v && !v.GetValue<bool>();
            if (explained)
            {
                AssertChinese(schema["errorMessage"], $"{name} {path}: errorMessage");
            }

            if (schema.ContainsKey("pattern"))
            {
                // Without it the editor shows the regular expression itself.
                AssertChinese(schema["patternErrorMessage"], $"{name} {path}: patternErrorMessage");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void No_check_is_left_to_a_fixed_English_text_that_an_explained_keyword_can_do(string name)
    {
        foreach (var (path, schema) in Schemas(SchemaFiles.Json(name), "#"))
        {
            var unexplained = FixedEnglishText.Where(schema.ContainsKey).ToList();
            Assert.True(unexplained.Count == 0, $"{name} {path}: {string.Join(", ", unexplained)} would be reported in English");
        }
    }

    private static void AssertChinese(JsonNode? text, string what)
    {
        var value = text is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;
        Assert.True(value.Any(c => c is >= '\u4e00' and <= '\u9fff'), $"{what} should be Chinese text, is “{value}”");
    }

    /// <summary>
    /// Every subschema with its JSON pointer, except those under <c>if</c>: a failing <c>if</c> only
    /// chooses a branch and is never shown.
    /// </summary>
    private static IEnumerable<(string Path, JsonObject Schema)> Schemas(JsonNode? node, string path)
    {
        if (node is not JsonObject schema)
        {
            yield break;
        }

        yield return (path, schema);
        foreach (var (key, value) in schema)
        {
            var children = key switch
            {
                "properties" or "$defs" => value!.AsObject().Select(p => ($"{path}/{key}/{p.Key}", p.Value)),
                "prefixItems" or "allOf" or "anyOf" => value!.AsArray().Select((item, i) => ($"{path}/{key}/{i}", item)),
                "items" or "contains" or "then" or "else" or "additionalProperties" or "propertyNames" => [($"{path}/{key}", value)],
                _ => [],
            };
            foreach (var (childPath, child) in children)
            {
                foreach (var inner in Schemas(child, childPath))
                {
                    yield return inner;
                }
            }
        }
    }
}
