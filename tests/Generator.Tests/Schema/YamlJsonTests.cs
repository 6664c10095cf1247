namespace Generator.Tests.Schema;

/// <summary>YAML is typed for the schema as a YAML 1.2 editor types it (core schema); quoted text stays text.</summary>
public sealed class YamlJsonTests
{
    /// <summary>Chinese kept readable in the expected strings.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions Readable =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("v: 12", "12")]
    [InlineData("v: -3", "-3")]
    [InlineData("v: +3", "3")]
    [InlineData("v: 007", "7")]
    [InlineData("v: 0o17", "15")]
    [InlineData("v: 0x1F", "31")]
    [InlineData("v: 972.4015", "972.4015")]
    [InlineData("v: 16557462.50", "16557462.50")]
    [InlineData("v: 1e3", "1000")]
    [InlineData("v: ~", "null")]
    [InlineData("v: null", "null")]
    [InlineData("v: NULL", "null")]
    [InlineData("v:", "null")]
    [InlineData("v: true", "true")]
    [InlineData("v: False", "false")]
    [InlineData("v: .inf", "\".inf\"")]
    [InlineData("v: \"23\"", "\"23\"")]
    [InlineData("v: '~'", "\"~\"")]
    [InlineData("v: \"true\"", "\"true\"")]
    [InlineData("v: 十", "\"十\"")]
    [InlineData("v: 2023-01-16", "\"2023-01-16\"")]
    [InlineData("v: 0591-28201662", "\"0591-28201662\"")]
    [InlineData("v: |\n  1\n", "\"1\\n\"")]
    [InlineData("v: !!str 12", "\"12\"")]
    public void A_scalar_gets_its_YAML_1_2_core_type(string yaml, string json) =>
        Assert.Equal("{\"v\":" + json + "}", Json(yaml));

    [Fact]
    public void Lists_and_mappings_nest()
    {
        var json = Json("requests:\n  received: [2, ~, 0, 0, 0, 0, 2]\n  note: |\n    说明\n");

        Assert.Equal("{\"requests\":{\"received\":[2,null,0,0,0,0,2],\"note\":\"说明\\n\"}}", json);
    }

    private static string Json(string yaml) => YamlJson.Parse(yaml)!.ToJsonString(Readable);
}
