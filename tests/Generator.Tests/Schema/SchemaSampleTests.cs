using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Schema;

/// <summary>
/// Every sample file names its schema on its first line (for VS Code's YAML extension) and is valid
/// against it: the schema never flags a file that the generator builds.
/// </summary>
public sealed partial class SchemaSampleTests
{
    public static TheoryData<string> Samples()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Data, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(TestPaths.RepoRoot, file).Replace('\\', '/'));
        }

        files.Add("docs/example-annotated.yaml");
        return files;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_names_its_schema_on_the_first_line(string file)
    {
        var path = Path.Combine(TestPaths.RepoRoot, file);
        var first = File.ReadLines(path).First();
        var match = Modeline().Match(first);
        Assert.True(match.Success, $"{file}: the first line should be “# yaml-language-server: $schema=…”, not “{first}”");

        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, match.Groups[1].Value));
        Assert.Equal(SchemaFiles.PathOf(ExpectedSchema(path)), target);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_is_valid_against_its_schema(string file)
    {
        var path = Path.Combine(TestPaths.RepoRoot, file);
        var errors = SchemaFiles.Errors(ExpectedSchema(path), File.ReadAllText(path));
        Assert.True(errors.Count == 0, $"{file}:\n{string.Join('\n', errors)}");
    }

    /// <summary>The files <c>new</c> writes (golden <c>created.*.yaml</c> of the CLI spec cases), blanks and placeholders included.</summary>
    public static TheoryData<string> CreatedFiles()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Specs, "created.*.approved.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(TestPaths.RepoRoot, file).Replace('\\', '/'));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(CreatedFiles))]
    public void File_written_by_new_is_valid_against_the_schema_it_names(string file)
    {
        var path = Path.Combine(TestPaths.RepoRoot, file);
        var match = Modeline().Match(File.ReadLines(path).First());
        Assert.True(match.Success, $"{file}: new must write the schema line first");

        var schema = Path.GetFileName(match.Groups[1].Value);
        var errors = SchemaFiles.Errors(schema, File.ReadAllText(path));
        if (schema == SchemaFiles.Bureau)
        {
            // A new bureau's file is blanks to fill in (import fills in the agency); the editor marks exactly the required blank, as the reader does.
            Assert.Equal(File.ReadLines(path).Any(l => l.StartsWith("agency: ~", StringComparison.Ordinal)), errors.Count > 0);
            Assert.All(errors, e => Assert.Contains("Value is \"null\"", e, StringComparison.Ordinal));
            return;
        }

        Assert.True(errors.Count == 0, $"{file}:\n{string.Join('\n', errors)}");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Report_sample_is_invalid_against_the_other_formats_schema(string file)
    {
        var path = Path.Combine(TestPaths.RepoRoot, file);
        var own = ExpectedSchema(path);
        if (own == SchemaFiles.Bureau)
        {
            return;
        }

        var other = own == SchemaFiles.Report2019 ? SchemaFiles.Report2021 : SchemaFiles.Report2019;
        Assert.NotEmpty(SchemaFiles.Errors(other, File.ReadAllText(path)));
    }

    /// <summary>bureau.yaml, or the report's official format: <c>format:</c> if written, else by year (spec §0).</summary>
    private static string ExpectedSchema(string path)
    {
        if (Path.GetFileName(path) == "bureau.yaml")
        {
            return SchemaFiles.Bureau;
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var format = root.Children.TryGetValue(new YamlScalarNode("format"), out var f) ? ((YamlScalarNode)f).Value : null;
        var year = int.Parse(((YamlScalarNode)root.Children[new YamlScalarNode("year")]).Value!, System.Globalization.CultureInfo.InvariantCulture);
        return SchemaFiles.ForFormat(format ?? (year <= 2020 ? "2019" : "2021"));
    }

    [GeneratedRegex(@"^# yaml-language-server: \$schema=(\S+)$")]
    private static partial Regex Modeline();
}
