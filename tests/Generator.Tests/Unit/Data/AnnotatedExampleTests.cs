using Generator.Tests.Golden;

namespace Generator.Tests.Unit.Data;

/// <summary>The annotated example in docs/ is what staff copy: it must build cleanly and say the same as the demo data.</summary>
public sealed class AnnotatedExampleTests
{
    [Fact]
    public void The_annotated_example_builds_the_same_report_as_the_demo_data()
    {
        var data = TestPaths.NewTempFolder();
        var bureau = Path.Combine(data, "demo");
        Directory.CreateDirectory(bureau);
        File.Copy(Path.Combine(TestPaths.Data, "demo", "bureau.yaml"), Path.Combine(bureau, "bureau.yaml"));
        File.Copy(Path.Combine(TestPaths.RepoRoot, "docs", "example-annotated.yaml"), Path.Combine(bureau, "2022.yaml"));

        // With the demo's year before it, as the demo's 2022 has: the year-over-year sentences compare with it.
        File.Copy(Path.Combine(TestPaths.Data, "demo", "2021.yaml"), Path.Combine(bureau, "2021.yaml"));

        var example = CaseRunner.Build(data, TestPaths.Templates, data);
        var demo = CaseRunner.Build(TestPaths.Data, TestPaths.Templates, TestPaths.RepoRoot, "demo", 2022);

        Assert.True(example.Result.Succeeded, example.Diagnostics);
        Assert.Equal(demo.Files["demo/2022/report.md"], example.Files["demo/2022/report.md"]);
        Assert.Equal(demo.Files["demo/2022/report.html"], example.Files["demo/2022/report.html"]);
    }
}
