using FsCheck;
using FsCheck.Fluent;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Templating;
using Generator.Tests.Unit.Templating;

namespace Generator.Tests.Fuzz;

/// <summary>
/// The official templates, with pieces of Scriban (brackets, operators, keywords, members, functions and
/// values of the wrong kind) inserted and characters deleted at random, parsed and run over a sample report
/// as the build does: no template error says anything in English, none is the fallback for a message
/// <see cref="TemplateMessages"/> does not know, and each has a line. A failure prints the <see cref="Damage"/>,
/// which reproduces it.
/// </summary>
public sealed class TemplateMessageFuzzTests
{
    /// <summary>What breaks a template: code delimiters, operators, keywords, members and arguments of every kind.</summary>
    private static readonly string[] Pieces =
    [
        "{{", "}}", "{{ ", " }}", "(", ")", "[", "]", "{", "}", ".", ",", ":", ";", "|", "\"", "'", "`", "$", "@", "^", "-", "+", "*",
        "/", "//", "%", "!", "=", "==", "<", ">", "<<", "&&", "||", "..", "?", "??", "\\", "\n", " ", "0x", "1e", "1.5", "2147483647",
        "end", " end ", "else", "if ", "for ", " in ", "while ", "break", "continue", "func ", "ret ", "case ", "when ", "capture ",
        "this", "null", "true", "empty", ".size", ".foo", ".value", "[0]", "[99]", "[-1]", "money ", "row_cells ", "cn_date ",
        "clauses ", "total_of ", "string.", "math.", "array.", "object.", "report", "report.requests", "bureau", "format", "for.index",
    ];

    private static readonly string[] Files = [.. Directory.EnumerateFiles(TestPaths.Templates, "*.scriban", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(f => Path.GetRelativePath(TestPaths.Templates, f))];

    /// <summary>A case copies, parses and runs a whole template set (some 40 ms): as many as the whole-pipeline fuzzer's.</summary>
    private static int Iterations => PipelineFuzzTests.Iterations;

    [Fact]
    public void Broken_templates_are_reported_in_Chinese() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Iterations), Prop.ForAll(Cases(), Run));

    private static Arbitrary<Damage> Cases() =>
        (from file in Gen.Choose(0, Files.Length - 1)
         from seed in Gen.Choose(0, int.MaxValue - 1)
         from count in Gen.Choose(1, 6)
         from format in Gen.Elements("2019", "2021")
         select new Damage(file, seed, count, format)).ToArbitrary();

    private static void Run(Damage damage)
    {
        var root = TestPaths.CopyToTemp(TestPaths.Templates);
        try
        {
            var path = Path.Combine(root, Files[damage.File]);
            File.WriteAllText(path, Mutate(File.ReadAllText(path), damage.Seed, damage.Count));
            var report = damage.Format == "2019" ? TemplateRun.Sample2019 : TemplateRun.Sample2021;
            var diagnostics = new DiagnosticBag();
            var set = TemplateSet.LoadFrom(root, "templates", report.Format, new SourceTextCache(), diagnostics);
            if (set is not null)
            {
                ReportTemplateRenderer.Render(report, set, diagnostics);
            }

            foreach (var d in diagnostics.Items.Where(d => d.Code is "GEN0301" or "GEN0302"))
            {
                var said = d.Message + " " + d.Hint;
                Assert.True(TemplateEnglish.Words(said).Count == 0, $"{damage}: English in {d.Code} {said}");
                Assert.False(said.Contains("写法无法识别", StringComparison.Ordinal) || said.Contains("这里用到的值或函数的参数不合适", StringComparison.Ordinal),
                    $"{damage}: a message TemplateMessages does not know: {d.Code} {said}");
                Assert.True(d.Span.Line > 0, $"{damage}: no line: {d.Code} {said}");
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string Mutate(string text, int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(text.Length + 1);
            text = random.Next(4) == 0 && at < text.Length
                ? text.Remove(at, 1)
                : text.Insert(at, Pieces[random.Next(Pieces.Length)]);
        }

        return text;
    }

    /// <summary>Which template to break (in templates/), the seed and number of its edits, and the report's format.</summary>
    public sealed record Damage(int File, int Seed, int Count, string Format);
}
