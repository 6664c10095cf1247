using System.Text.RegularExpressions;
using Generator.Diagnostics;

namespace Generator.Tests.Unit.Diagnostics;

/// <summary>
/// Every diagnostic code is documented in docs/diagnostics.md and shown by at least one golden spec
/// case, as docs/diagnostics.md promises; a new code without either fails here.
/// </summary>
public sealed partial class DiagnosticCodeCoverageTests
{
    public static TheoryData<string> Codes() => [.. DiagnosticCode.All.Select(c => c.Id)];

    [Fact]
    public void Codes_are_unique_and_All_lists_every_code()
    {
        var declared = typeof(DiagnosticCode).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .Select(f => ((DiagnosticCode)f.GetValue(null)!).Id)
            .Order(StringComparer.Ordinal);

        Assert.Equal(declared, DiagnosticCode.All.Select(c => c.Id).Order(StringComparer.Ordinal));
        Assert.Equal(DiagnosticCode.All.Count, DiagnosticCode.All.Select(c => c.Id).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_is_documented(string code)
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "diagnostics.md"));
        Assert.Matches(new Regex($@"^\| {code} \|", RegexOptions.Multiline), docs);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_has_a_golden_spec_case(string code)
    {
        if (ShownElsewhere.TryGetValue(code, out var test))
        {
            Assert.Contains($"warning {code}:", File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Generator.Tests", test)), StringComparison.Ordinal);
            return;
        }

        var shown = Directory.EnumerateFiles(TestPaths.Specs, "*.approved.txt", SearchOption.AllDirectories)
            .Any(f => GoldenCode().Matches(File.ReadAllText(f)).Any(m => m.Groups[1].Value == code || m.Groups[2].Value == code));
        Assert.True(shown, $"{code} appears in no Specs/**/*.approved.txt; add a spec case that produces it.");
    }

    /// <summary>
    /// Codes a golden spec cannot produce, with the test that does: GEN0256 needs an executable without the native
    /// libraries beside it, which only the released linux executable, copied alone, is.
    /// </summary>
    private static readonly Dictionary<string, string> ShownElsewhere = new(StringComparer.Ordinal)
    {
        ["GEN0256"] = Path.Combine("Release", "ReleaseArtefactTests.cs"),
    };

    [GeneratedRegex(@"(?:error|warning|info) (GEN\d{4}):|""code"": ""(GEN\d{4})""")]
    private static partial Regex GoldenCode();
}
