using FsCheck;
using FsCheck.Fluent;
using Generator.Data.Yaml;
using Generator.Diagnostics;
using Generator.Tests.Unit.Data;

namespace Generator.Tests.Fuzz;

/// <summary>
/// The sample data files, with YAML's marks inserted and characters deleted at random, go through the
/// real loader (<see cref="YamlFile.Parse"/>): no diagnostic says anything in English (a key or other
/// text of the file itself aside), and none falls back to "unknown" (a YamlDotNet message missing from
/// <see cref="YamlMessages"/>). A failure prints the <see cref="Damage"/>, which reproduces it.
/// </summary>
public sealed class YamlMessageFuzzTests
{
    /// <summary>What breaks YAML: its indicators, quotes, blanks of every kind, line breaks.</summary>
    private const string Marks = ":[]{}\"'&*!|>-#%@`?,\\ \t\n\u3000";

    private static readonly string[] Samples = [.. Directory.EnumerateFiles(TestPaths.Data, "*.yaml", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>Loading a file is fast: ten cases for each of the whole-pipeline fuzzer's.</summary>
    private static int Iterations => PipelineFuzzTests.Iterations * 10;

    [Fact]
    public void Broken_data_files_are_reported_without_English() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Iterations), Prop.ForAll(Cases(), Run));

    private static Arbitrary<Damage> Cases() =>
        (from file in Gen.Choose(0, Samples.Length - 1)
         from seed in Gen.Choose(0, int.MaxValue - 1)
         from count in Gen.Choose(1, 8)
         select new Damage(file, seed, count)).ToArbitrary();

    private static void Run(Damage damage)
    {
        var text = Mutate(Samples[damage.File], damage.Seed, damage.Count);
        var diagnostics = new DiagnosticBag();
        YamlFile.Parse(text, "test.yaml", diagnostics);
        foreach (var d in diagnostics.Items)
        {
            var said = d.Message + " " + d.Hint;
            Assert.True(EnglishText.Words(said, text).Count == 0, $"{damage}: English in {d.Code} {said}");
            Assert.False(said.Contains(YamlMessages.Unknown.Text, StringComparison.Ordinal), $"{damage}: a message YamlMessages does not know: {d.Code} {said}");
        }
    }

    private static string Mutate(string text, int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(text.Length + 1);
            text = random.Next(3) == 0 && at < text.Length
                ? text.Remove(at, 1)
                : text.Insert(at, Marks[random.Next(Marks.Length)].ToString());
        }

        return text;
    }

    /// <summary>Which sample to break, and the seed and number of its edits.</summary>
    public sealed record Damage(int File, int Seed, int Count);
}
