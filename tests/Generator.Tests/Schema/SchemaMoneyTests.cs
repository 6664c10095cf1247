namespace Generator.Tests.Schema;

/// <summary>
/// Money in the schemas: <c>{ amount, unit }</c>, or the shorthand the reader accepts too, a number and
/// 万元 or 元 in one string (pattern <c>^[0-9]+(\.[0-9]+)? ?(万元|元)$</c>). Checked by the schema alone, on
/// the money inside jiyuan's fees; <see cref="SchemaAgreesWithReaderTests"/> checks the reader agrees on a few of them.
/// </summary>
public sealed class SchemaMoneyTests
{
    private const string Jiyuan2021 = "data/jiyuan/2021.yaml";
    private const string Fees = "{ amount: 972.4015, unit: 万元 }";

    [Theory]
    [InlineData("12.5万元")]
    [InlineData("12.5 万元")]
    [InlineData("251000元")]
    [InlineData("972.4015万元")]
    [InlineData("0元")]
    [InlineData("{ amount: 251000, unit: 元 }")]
    [InlineData("~")]
    public void Money_is_accepted_as_an_amount_and_unit_or_as_the_shorthand(string money) =>
        Assert.Empty(FeeErrors(money));

    [Theory]
    [InlineData("12.5万")]
    [InlineData("12.5")]
    [InlineData("万元")]
    [InlineData("12.5  万元")]
    [InlineData("-3元")]
    [InlineData("\"1,000元\"")]
    [InlineData("12.万元")]
    [InlineData("１２万元")]
    [InlineData("\"12.5万元 \"")]
    [InlineData("[12.5, 万元]")]
    public void Anything_else_is_flagged(string money) =>
        Assert.NotEmpty(FeeErrors(money));

    private static IReadOnlyList<string> FeeErrors(string money)
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, Jiyuan2021)).ReplaceLineEndings("\n");
        Assert.True(text.Split(Fees).Length == 2, $"“{Fees}” should occur exactly once in {Jiyuan2021}");
        var errors = SchemaFiles.Errors(SchemaFiles.Report2021, text.Replace(Fees, money, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.StartsWith("/proactive_disclosure/fees", e, StringComparison.Ordinal));
        return errors;
    }
}
