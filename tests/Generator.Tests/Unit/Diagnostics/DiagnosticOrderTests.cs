using Generator.Diagnostics;

namespace Generator.Tests.Unit.Diagnostics;

public sealed class DiagnosticOrderTests
{
    [Fact]
    public void Files_keep_their_first_order_and_lines_read_top_to_bottom()
    {
        Diagnostic At(string file, int line, int column, string code) => new(Severity.Error, code, new SourceSpan(file, line, column), "m");
        var given = new[]
        {
            At("b.yaml", 8, 3, "1"), At("b.yaml", 2, 1, "2"), At("a.yaml", 5, 1, "3"),
            At("b.yaml", 2, 1, "4"), At("b.yaml", 0, 0, "5"), At("a.yaml", 1, 9, "6"), At("b.yaml", 2, 0, "7"),
        };

        var codes = DiagnosticOrder.InReadingOrder(given).Select(d => d.Code);

        // b.yaml was reported first; same position keeps the checks' order (2 before 4).
        Assert.Equal(["5", "7", "2", "4", "1", "6", "3"], codes);
    }
}
