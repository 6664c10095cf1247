using Generator.Data;
using Generator.Data.Yaml;
using Generator.Diagnostics;
using Generator.Validation;

namespace Generator.Tests;

/// <summary>Runs the real readers (and optionally the relation checker) on YAML text, as the build does.</summary>
internal static class ReaderRun
{
    public static Bureau TestBureau { get; } = new("test", "测试市公安局", null, null, null, null, "测试市公安局", SourceSpan.None);

    /// <summary>Reads a <c>&lt;year&gt;.yaml</c> text; the year of the "file name" is the one the text states.</summary>
    public static (Report? Report, DiagnosticBag Diagnostics) Report(string yaml, bool checkRelations)
    {
        var diagnostics = new DiagnosticBag();
        var map = YamlFile.Parse(yaml, "test.yaml", diagnostics);
        var report = map is null ? null : ReportReader.Read(map, TestBureau, null);
        if (report is not null && checkRelations)
        {
            RelationChecker.Check(report, diagnostics);
        }

        return (report, diagnostics);
    }

    public static DiagnosticBag Bureau(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var map = YamlFile.Parse(yaml, "bureau.yaml", diagnostics);
        if (map is not null)
        {
            BureauReader.Read(map, "test");
        }

        return diagnostics;
    }

    /// <summary>Codes of the errors about the file's shape and types (GEN00xx, GEN01xx), not its arithmetic.</summary>
    public static IReadOnlyList<string> InputErrors(DiagnosticBag diagnostics) =>
        [.. diagnostics.Items.Where(d => d.IsError && (d.Code.StartsWith("GEN00", StringComparison.Ordinal) || d.Code.StartsWith("GEN01", StringComparison.Ordinal)))
            .Select(d => d.Code)];
}
