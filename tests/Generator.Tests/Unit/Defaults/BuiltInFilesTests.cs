using Generator.Building;
using Generator.Cli;
using Generator.Data;
using Generator.Defaults;
using Generator.Diagnostics;

namespace Generator.Tests.Unit.Defaults;

/// <summary>
/// The files the program carries are the repository's, byte for byte, and the built-in templates give
/// exactly the reports the repository's templates/ gives: a downloaded executable without a templates
/// folder builds what the repository builds.
/// </summary>
public sealed class BuiltInFilesTests
{
    public static TheoryData<string> Folders() => ["templates", "schema", "data"];

    [Theory]
    [MemberData(nameof(Folders))]
    public void Built_in_files_are_the_repository_folder_byte_for_byte(string folder)
    {
        var root = Path.Combine(TestPaths.RepoRoot, folder);
        var pattern = folder switch { "templates" => "*.scriban", "schema" => "*.schema.json", _ => "*.yaml" };
        var onDisk = Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(root, f).Replace('\\', '/'), Content: File.ReadAllBytes(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var builtIn = folder switch { "templates" => BuiltInFiles.Templates, "schema" => BuiltInFiles.Schemas, _ => BuiltInFiles.Samples };

        Assert.NotEmpty(onDisk);
        Assert.Equal(onDisk.Select(f => f.Path), builtIn.Select(f => f.Path));
        foreach (var (file, embedded) in onDisk.Zip(builtIn))
        {
            Assert.True(file.Content.AsSpan().SequenceEqual(embedded.Content), $"{folder}/{file.Path} differs from the built-in copy");
        }
    }

    [Fact]
    public void The_built_in_guide_is_docs_guide()
    {
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "docs", "使用说明.txt")), BuiltInFiles.Guide.Content);
    }

    [Fact]
    public void Built_in_templates_build_every_sample_byte_for_byte_as_the_templates_folder()
    {
        var fromFolder = TestPaths.NewTempFolder();
        var builtIn = TestPaths.NewTempFolder();

        var a = new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(TestPaths.Data, TestPaths.Templates, fromFolder));
        var b = new ReportBuilder(new SourceTextCache()).Build(new BuildOptions(TestPaths.Data, null, builtIn));

        Assert.True(a.Succeeded);
        Assert.True(b.Succeeded);
        Assert.Equal(a.Diagnostics.Select(d => d.ToString()), b.Diagnostics.Select(d => d.ToString()));
        var files = Files(fromFolder);
        Assert.Equal(files, Files(builtIn));
        Assert.Contains("demo/2022/report.docx", files);
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(fromFolder, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(builtIn, file))), file);
        }

        // The generator's own records (.generator/) are not published and differ only in the templates' name.
        static List<string> Files(string root) => [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(".generator/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Switching_between_the_folder_and_the_built_in_templates_rebuilds_nothing()
    {
        Assert.Equal(Fingerprint.OfTemplates(TestPaths.Templates), Fingerprint.OfTemplates(null));

        var copy = TestPaths.CopyToTemp(TestPaths.Templates);
        File.AppendAllText(Path.Combine(copy, "common", "front.scriban"), " ");
        Assert.NotEqual(Fingerprint.OfTemplates(copy), Fingerprint.OfTemplates(null));
    }

    [Fact]
    public void Diagnostics_name_the_built_in_templates_by_the_built_in_folder()
    {
        var diagnostics = new DiagnosticBag();

        var set = Generator.Templating.TemplateSet.Load(null, null, ReportFormat.Format2021, new SourceTextCache(), diagnostics);

        Assert.NotNull(set);
        Assert.Equal($"{BuiltInFiles.TemplatesDisplayRoot}/2021/report.scriban", set.MainDisplayPath);
        Assert.Empty(diagnostics.Items);
    }

    [Theory]
    [InlineData(null, false, null)]                  // a downloaded executable in an empty folder: built in
    [InlineData(null, true, "templates")]            // a clone, or staff's own templates/ in the working folder
    [InlineData("mine", false, "mine")]              // --templates wins
    [InlineData("mine", true, "mine")]
    public void Templates_come_from_the_option_then_the_working_folder_then_the_program(string? given, bool folder, string? expected)
    {
        Assert.Equal(expected, TemplatesOption.Resolve(given, folder));
    }
}
