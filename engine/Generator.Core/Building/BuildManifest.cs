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
    public const string FileName = "manifest.json";
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

    /// <summary>A manifest of nothing, for a run that does not look at the output folder.</summary>
    public static BuildManifest Empty => new();

    public static string PathIn(string outFolder) => Path.Combine(outFolder, FolderName, FileName);

    /// <summary>A manifest lists a few hundred bytes per report: this is far beyond any real one.</summary>
    private const int MaxBytes = 256 << 20;

    /// <summary>
    /// Reads the manifest of an output folder; an empty one when there is none. One that cannot be read or
    /// is damaged in any way (not JSON, another version, missing or null parts, names that are not a bureau,
    /// a year or a file of ours) is not trusted at all: it costs one full rebuild and a warning, nothing else.
    /// The index and the file checks read its names, so only entries that pass these checks are kept.
    /// </summary>
    public static BuildManifest Load(string outFolder, DiagnosticBag? diagnostics = null, string? displayBase = null)
    {
        var manifest = new BuildManifest();
        var path = PathIn(outFolder);
        if (!File.Exists(path))
        {
            return manifest;
        }

        try
        {
            if (Files.InputFile.Read(path, MaxBytes, out _) is { } bytes
                && JsonSerializer.Deserialize(bytes, ManifestJsonContext.Readable.ManifestDocument) is { Version: CurrentVersion, Reports: { } reports }
                && reports.All(IsWellFormed))
            {
                foreach (var report in reports)
                {
                    manifest._reports[(report.Bureau, report.Year)] = report;
                }

                return manifest;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            // Unreadable or not the manifest's JSON: damaged, as below.
        }

        var display = Data.DisplayPath.Of(path, displayBase);
        diagnostics?.Warning(DiagnosticCode.ManifestDamaged, new SourceSpan(display, 0, 0),
            $"生成记录 {display} 已损坏，本次重新生成全部报告",
            "这个文件是程序自己记录的，不必手工修改；本次生成结束时会重新写出一份完好的。");
        return manifest;
    }

    /// <summary>Whether an entry can be used as it is: every part present, and its names ones the build itself would write.</summary>
    private static bool IsWellFormed(ManifestReport? report) =>
        report is { Bureau: { } bureau, Agency: not null, Title: not null, Files: { } files }
        && Data.DataFolder.IsBureauId(bureau) && report.Year is >= 1000 and <= 9999
        && files.All(f => f is { Name: { } name, Inputs: not null } && IsOwnFileName(name))
        && (report.Diagnostics is null || report.Diagnostics.All(d => d is { Code: not null, File: not null, Message: not null }));

    /// <summary>A report file name as the writers make them: <c>report.html</c>, <c>report.pdf</c>… (letters, one dot, no path).</summary>
    private static bool IsOwnFileName(string name) =>
        name.Length is > 2 and < 64 && name.Count(c => c == '.') == 1 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_')
        && name[0] != '.' && name[^1] != '.';

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

    public bool Matches(FileInfo info) => info.Exists && info.Length == Length && info.LastWriteTimeUtc.Ticks == WriteTicks;
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
