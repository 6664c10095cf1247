using Generator.Building;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Import;

namespace Generator.Tests.Import;

/// <summary>Imports a file in this process into a fresh data folder holding the sample's <c>bureau.yaml</c>, and reads back what was written.</summary>
internal sealed class ImportRun : IDisposable
{
    private ImportRun(string root) => Root = root;

    public string Root { get; }

    public string Data => Path.Combine(Root, "data");

    public FileImport File { get; private set; } = null!;

    public string Diagnostics { get; private set; } = string.Empty;

    public static ImportRun Of(string input, string bureau, bool asPublished = true)
    {
        var run = new ImportRun(TestPaths.NewTempFolder());
        var folder = Directory.CreateDirectory(Path.Combine(run.Data, bureau)).FullName;
        System.IO.File.Copy(Path.Combine(TestPaths.Data, bureau, "bureau.yaml"), Path.Combine(folder, "bureau.yaml"));
        var sources = new SourceTextCache();
        var result = new Importer(sources).Import(new ImportOptions([input], run.Data, bureau, AsPublished: asPublished, DisplayBase: run.Root, TemplatesFolder: TestPaths.Templates));
        run.File = result.Files.Single();
        run.Diagnostics = new DiagnosticFormatter(sources).Format(run.File.AllDiagnostics);
        return run;
    }

    /// <summary>The imported year, read as build reads it (figures only, no relation checks).</summary>
    public Report? Imported(string bureau, int year) => SampleFigures.Read(Data, bureau, year);

    /// <summary>Builds the imported data with the real templates.</summary>
    public CaseRunnerOutcome Build(string bureau, int year)
    {
        var outcome = Golden.CaseRunner.Build(Data, TestPaths.Templates, Root, bureau, year);
        return new CaseRunnerOutcome(outcome.Result, outcome.Diagnostics, outcome.Files);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

internal sealed record CaseRunnerOutcome(BuildResult Result, string Diagnostics, IReadOnlyDictionary<string, string> Files);
