using System.Globalization;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Schema;

/// <summary>
/// Turns YAML into JSON the way a YAML 1.2 editor does before checking a schema: plain scalars are
/// typed by the core schema (null/~, true/false, integers, decimals), quoted and block scalars stay
/// strings. Used to validate data files against <c>schema/*.schema.json</c>.
/// </summary>
internal static partial class YamlJson
{
    public static JsonNode? Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : Convert(stream.Documents[0].RootNode);
    }

    public static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c =>
            KeyValuePair.Create(((YamlScalarNode)c.Key).Value ?? string.Empty, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any) || scalar.Tag is { IsEmpty: false, IsNonSpecific: false, Value: "tag:yaml.org,2002:str" })
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when DecimalInteger().IsMatch(text) => JsonNode.Parse(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
            _ when text.StartsWith("0o", StringComparison.Ordinal) && OctalDigits().IsMatch(text[2..]) =>
                JsonNode.Parse(text[2..].Aggregate(BigInteger.Zero, (n, d) => (n * 8) + (d - '0')).ToString(CultureInfo.InvariantCulture)),
            _ when text.StartsWith("0x", StringComparison.Ordinal) && HexDigits().IsMatch(text[2..]) =>
                JsonNode.Parse(BigInteger.Parse("0" + text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)),
            // The decimal keeps the digits as written (972.4015 stays 972.4015); JSON has no infinity or NaN, so .inf/.nan stay text.
            _ when Float().IsMatch(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) =>
                JsonValue.Create(number),
            _ when Float().IsMatch(text) => JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)),
            _ => JsonValue.Create(text),
        };
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex("^[0-7]+$")]
    private static partial Regex OctalDigits();

    [GeneratedRegex("^[0-9a-fA-F]+$")]
    private static partial Regex HexDigits();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
