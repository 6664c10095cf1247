using Generator.Building;
using Generator.Diagnostics;
using Generator.Tests.Golden;

namespace Generator.Tests.Specs;

/// <summary>
/// Issue 15, item 7: <c>validate</c> runs every check <c>build</c> runs, through the same code — so for every
/// golden spec case its diagnostics are build's, less only what concerns writing the output.
/// </summary>
public sealed class ValidateEqualsBuildTests
{
    /// <summary>What only a build that writes can say: the output folder, the manifest, PDF conversion, the font graphic.png is drawn with.</summary>
    private static bool AboutWriting(Diagnostic d) => d.Code.StartsWith("GEN040", StringComparison.Ordinal) && d.Code != "GEN0404" && d.Code != "GEN0407"
        || d.Code.StartsWith("GEN05", StringComparison.Ordinal) || d.Code == DiagnosticCode.GraphicFontMissing.Id || d.Code == DiagnosticCode.GraphicLibraryMissing.Id;

    public static TheoryData<string> DataCases()
    {
        var cases = new TheoryData<string>();
        foreach (var name in SpecCaseTests.Cases())
        {
            if (!File.Exists(Path.Combine(TestPaths.Specs, name, "args.txt")))
            {
                cases.Add(name);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(DataCases))]
    public void Validate_says_what_build_says(string name)
    {
        var folder = Path.Combine(TestPaths.Specs, name);
        var templates = Directory.Exists(Path.Combine(folder, "templates")) ? Path.Combine(folder, "templates") : TestPaths.Templates;
        var data = Path.Combine(folder, "data");

        var built = CaseRunner.Build(data, templates, folder).Result;
        var validated = new ReportBuilder(new SourceTextCache()).Validate(new BuildOptions(data, templates, DisplayBase: folder));

        Assert.Equal(built.Diagnostics.Where(d => !AboutWriting(d)).Select(Show), validated.Diagnostics.Select(Show));
        Assert.Equal(built.Succeeded, validated.Succeeded);
    }

    private static string Show(Diagnostic d) => $"{d.Span} {d.Severity} {d.Code} {d.Message}";
}
