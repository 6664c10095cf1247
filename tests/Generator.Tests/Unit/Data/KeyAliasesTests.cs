using Generator.Data.Yaml;
using Generator.Tests.Schema;

namespace Generator.Tests.Unit.Data;

/// <summary>A key typed as its Chinese label or in pinyin is answered with the real key.</summary>
public sealed class KeyAliasesTests
{
    private static readonly string[] TopLevel =
        ["year", "format", "overview", "proactive_disclosure", "requests", "appeals", "problems_and_improvements", "other_matters", "waivers"];

    [Theory]
    [InlineData("shenqing", "requests")]
    [InlineData("shen_qing", "requests")]
    [InlineData("申请", "requests")]
    [InlineData("依申请公开", "requests")]
    [InlineData("zhudonggongkai", "proactive_disclosure")]
    [InlineData("主动公开情况", "proactive_disclosure")]
    [InlineData("行政复议", "appeals")]
    [InlineData("niandu", "year")]
    [InlineData("zongtiqingkuan", "overview")]
    public void Chinese_or_pinyin_names_the_top_level_key(string typed, string expected) =>
        Assert.Equal(expected, KeyAliases.Suggest(typed, TopLevel));

    [Theory]
    [InlineData("chufa", new[] { "licensing", "penalties", "enforcement" }, "penalties")]
    [InlineData("行政处罚", new[] { "licensing", "penalties", "enforcement" }, "penalties")]
    [InlineData("zongji", new[] { "received", "total", "carried_out" }, "total")]
    [InlineData("复议", new[] { "reconsideration", "direct_suit", "suit_after_reconsideration" }, "reconsideration")]
    public void Only_keys_of_the_mapping_are_suggested(string typed, string[] known, string expected) =>
        Assert.Equal(expected, KeyAliases.Suggest(typed, known));

    [Theory]
    [InlineData("x")]
    [InlineData("天气")]
    [InlineData("abcdefgh")]
    [InlineData("chufa")] // penalties is not a key of this mapping
    public void Nothing_is_suggested_for_what_names_no_key_here(string typed) =>
        Assert.Null(KeyAliases.Suggest(typed, TopLevel));

    [Fact]
    public void Every_aliased_key_is_a_key_of_some_schema()
    {
        var keys = ((string[])[SchemaFiles.Report2019, SchemaFiles.Report2021, SchemaFiles.Bureau])
            .SelectMany(name => SchemaMappings.Collect(SchemaFiles.Json(name)).Values.SelectMany(k => k))
            .ToHashSet(StringComparer.Ordinal);

        var aliased = typeof(KeyAliases).GetField("Aliases", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .GetValue(null) as Dictionary<string, string[]>;
        Assert.NotNull(aliased);
        Assert.All(aliased.Keys, k => Assert.Contains(k, keys));
    }
}
