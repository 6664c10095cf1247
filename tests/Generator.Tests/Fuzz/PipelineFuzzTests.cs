using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Generator.Diagnostics;
using Generator.Tests.Golden;

namespace Generator.Tests.Fuzz;

/// <summary>
/// Fuzzing (issue 7, part 6): the sample data files and the templates, mutated (<see cref="Mutator"/>),
/// go through the whole in-process pipeline (load, validate, template, document, all three formats).
/// Whatever the damage: no exception escapes, every error names a file and, where the file has lines,
/// a line; and a report with errors writes no file at all. <c>GENERATOR_FUZZ_ITERATIONS</c> sets the
/// cases per test (default <see cref="DefaultIterations"/>, about 10 s for both on a 2-core machine); a failure
/// prints the seed, which reproduces it.
/// </summary>
public sealed class PipelineFuzzTests
{
    private const int DefaultIterations = 200;

    /// <summary>Errors about a file as a whole (missing, unreadable, refused), where no line applies.</summary>
    private static readonly HashSet<string> FileLevelCodes =
    [
        DiagnosticCode.FileNotFound.Id, DiagnosticCode.FileUnreadable.Id, DiagnosticCode.TemplateNotFound.Id,
        DiagnosticCode.TemplateOutsideFolder.Id, DiagnosticCode.TemplateUnreadable.Id, DiagnosticCode.OutputFailed.Id,
    ];

    private static readonly string[] Samples = [.. Directory.EnumerateFiles(TestPaths.Data, "*.yaml", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(TestPaths.Data, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private static readonly string[] Reports = [.. Samples.Where(s => !s.EndsWith("/bureau.yaml", StringComparison.Ordinal))];

    private static readonly string[] Templates = [.. Directory.EnumerateFiles(TestPaths.Templates, "*.scriban", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(TestPaths.Templates, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public static int Iterations =>
        int.TryParse(Environment.GetEnvironmentVariable("GENERATOR_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : DefaultIterations;

    [Fact]
    public void Mutated_data_files_never_crash_nor_publish_a_broken_report() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Iterations), Prop.ForAll(Cases(Samples.Length), c => Run(c, mutateTemplate: false)));

    [Fact]
    public void Mutated_templates_never_crash_nor_publish_a_broken_report() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Iterations), Prop.ForAll(Cases(Templates.Length), c => Run(c, mutateTemplate: true)));

    /// <summary>Cases the fuzzer found (file and report are indexes into the sorted samples and templates), kept once fixed.</summary>
    [Theory]
    [InlineData(true, 5, 10, 2096085911, 3)] // an unclosed {{ at the end of a template: GEN0301 had no line
    [InlineData(false, 11, 1, 1954281093, 4)] // YamlDotNet's scanner threw InvalidOperationException
    [InlineData(false, 9, 8, 277087732, 3)] // the representation model refused an event the parser accepted (ArgumentException)
    [InlineData(true, 9, 4, 1176082476, 1)] // a bureau.yaml was taken for a report: the test built two and blamed the good one
    public void Found_cases_stay_fixed(bool template, int file, int report, int seed, int count) =>
        Run(new FuzzCase(file, report, seed, count), template);

    private static Arbitrary<FuzzCase> Cases(int files) =>
        (from file in Gen.Choose(0, files - 1)
         from report in Gen.Choose(0, Samples.Length - 1)
         from seed in Gen.Choose(0, int.MaxValue - 1)
         from count in Gen.Choose(1, 4)
         select new FuzzCase(file, report, seed, count)).ToArbitrary();

    private static void Run(FuzzCase c, bool mutateTemplate)
    {
        var root = TestPaths.NewTempFolder();
        try
        {
            var data = Path.Combine(root, "data");
            var templates = Path.Combine(root, "templates");
            TestPaths.CopyFolder(TestPaths.Data, data);
            TestPaths.CopyFolder(TestPaths.Templates, templates);
            var (folder, file, snippets) = mutateTemplate ? (templates, Templates[c.File], Mutator.ScribanSnippets) : (data, Samples[c.File], Mutator.YamlSnippets);
            var path = Path.Combine(folder, file);
            File.WriteAllText(path, Mutator.Mutate(File.ReadAllText(path), c.Seed, c.Count, snippets));

            // One report is built, so "errors" and "files written" are about the same report: the mutated
            // year file's own, the first year of a mutated bureau.yaml's bureau, or any report for a template.
            var report = mutateTemplate ? Reports[c.Report % Reports.Length] : file;
            var bureau = report.Split('/')[0];
            var year = int.TryParse(Path.GetFileNameWithoutExtension(report), out var y)
                ? y
                : int.Parse(Path.GetFileNameWithoutExtension(Reports.First(r => r.StartsWith(bureau + "/", StringComparison.Ordinal))), System.Globalization.CultureInfo.InvariantCulture);

            CaseRunner.Outcome outcome;
            try
            {
                outcome = CaseRunner.Build(data, templates, root, bureau, year);
            }
            catch (Exception e)
            {
                throw new InvalidOperationException($"{c} on {file}: {e.GetType().Name}: {e.Message}", e);
            }

            var errors = outcome.Result.Diagnostics.Where(d => d.IsError).ToList();
            foreach (var error in errors)
            {
                Assert.True(error.Span.File.Length > 0, $"{c} on {file}: error without a file: {error}");
                Assert.True(error.Span.Line >= 1 || FileLevelCodes.Contains(error.Code), $"{c} on {file}: error without a line: {error.Code} {error.Message}");
            }

            if (errors.Count > 0)
            {
                Assert.True(outcome.Files.Count == 0, $"{c} on {file}: files written despite errors: {string.Join(", ", outcome.Files.Keys)}\n{outcome.Diagnostics}");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>One fuzz case: which file to break, which report to build, and the seed of the damage.</summary>
    public sealed record FuzzCase(int File, int Report, int Seed, int Count);
}
