using System.Text.Json;
using Generator.Diagnostics;

namespace Generator.Building;

/// <summary>
/// What the last builds wrote into an output folder (<c>out/.generator/manifest.json</c>): for every
/// report file, the fingerprint of its inputs (data file, bureau file, the year before, templates,
/// engine) and the size and time of the file as written. A report whose files all match is up to date
/// and is not rendered again. The manifest is only a shortcut: a missing or damaged one makes the
/// next build render everything, and outputs are still compared byte for byte before being written.
/// </summary>
public sealed class BuildManifest
{
    public const string FolderName = ".generator";
    private const string FileName = "manifest.json";
    private const int CurrentVersion = 1;

    private readonly Dictionary<(string Bureau, int Year), ManifestReport> _reports = [];
    private readonly Lock _gate = new();

    private BuildManifest()
    {
    }

    /// <summary>The reports recorded, ordered by bureau and year.</summary>
    public IReadOnlyList<ManifestReport> Reports
    {
        get
        {
            lock (_gate)
            {
                return [.. _reports.Values.OrderBy(r => r.Bureau, StringComparer.Ordinal).ThenBy(r => r.Year)];
            }
        }
    }

    public static string PathIn(string outFolder) => Path.Combine(outFolder, FolderName, FileName);

    /// <summary>Reads the manifest of an output folder; an empty one when there is none or it cannot be read.</summary>
    public static BuildManifest Load(string outFolder)
    {
        var manifest = new BuildManifest();
        try
        {
            var path = PathIn(outFolder);
            if (File.Exists(path) && JsonSerializer.Deserialize(File.ReadAllBytes(path), ManifestJsonContext.Readable.ManifestDocument) is { Version: CurrentVersion } file)
            {
                foreach (var report in file.Reports)
                {
                    manifest._reports[(report.Bureau, report.Year)] = report;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // A damaged manifest costs one full rebuild, nothing else: start from an empty one.
        }

        return manifest;
    }

    /// <summary>
    /// The recorded report when every file in <paramref name="fileNames"/> was made from
    /// <paramref name="inputs"/> and is still on disk exactly as written; null otherwise.
    /// </summary>
    public ManifestReport? UpToDate(string bureau, int year, string inputs, string folder, IEnumerable<string> fileNames)
    {
        ManifestReport? report;
        lock (_gate)
        {
            _reports.TryGetValue((bureau, year), out report);
        }

        if (report is null)
        {
            return null;
        }

        foreach (var name in fileNames)
        {
            var file = report.Files.FirstOrDefault(f => f.Name == name);
            if (file is null || file.Inputs != inputs || !file.Matches(new FileInfo(Path.Combine(folder, name))))
            {
                return null;
            }
        }

        return report;
    }

    /// <summary>Records a report just built; files of formats not built this time keep their old entries.</summary>
    public void Record(ManifestReport report)
    {
        lock (_gate)
        {
            if (_reports.TryGetValue((report.Bureau, report.Year), out var old))
            {
                var names = report.Files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
                report = report with { Files = [.. old.Files.Where(f => !names.Contains(f.Name)), .. report.Files] };
            }

            _reports[(report.Bureau, report.Year)] = report with { Files = [.. report.Files.OrderBy(f => f.Name, StringComparer.Ordinal)] };
        }
    }

    /// <summary>Writes the manifest through a temporary file, so a build killed meanwhile leaves the old one whole.</summary>
    public void Save(string outFolder)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new ManifestDocument(CurrentVersion, Reports), ManifestJsonContext.Readable.ManifestDocument);
        OutputWriter.WriteFileIfChanged(PathIn(outFolder), bytes);
    }
}

/// <summary>One report in the manifest, with what the site index shows and the warnings to repeat while it stays up to date.</summary>
public sealed record ManifestReport(
    string Bureau,
    int Year,
    string Agency,
    string Title,
    IReadOnlyList<ManifestFile> Files,
    IReadOnlyList<ManifestDiagnostic>? Diagnostics = null);

/// <summary>One written file: the fingerprint of what it was made from, and its size and time as written.</summary>
public sealed record ManifestFile(string Name, string Inputs, long Length, long WriteTicks)
{
    public static ManifestFile Of(string path, string inputs)
    {
        var info = new FileInfo(path);
        return new ManifestFile(info.Name, inputs, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    /// <summary>
    /// A file the report does not have (no graphic for a report whose table 2 lacks a headline figure): recorded so
    /// that the report can still be up to date, which it is while the file stays absent.
    /// </summary>
    public static ManifestFile Absent(string name, string inputs) => new(name, inputs, -1, 0);

    public bool IsAbsent => Length < 0;

    public bool Matches(FileInfo info) => IsAbsent ? !info.Exists : info.Exists && info.Length == Length && info.LastWriteTimeUtc.Ticks == WriteTicks;
}

/// <summary>
/// A warning or info of a report that built, kept so that an up-to-date report still shows it on every
/// build (errors are never kept: a report with errors is never up to date).
/// </summary>
public sealed record ManifestDiagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message, string? Hint)
{
    public static ManifestDiagnostic Of(Diagnostic d) => new(d.Severity, d.Code, d.Span.File, d.Span.Line, d.Span.Column, d.Message, d.Hint);

    public Diagnostic ToDiagnostic() => new(Severity, Code, new SourceSpan(File, Line, Column), Message, Hint);
}
