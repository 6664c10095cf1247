using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Document;
using Generator.Document.Building.Limits;
using Generator.Rendering;
using Generator.Rendering.Graphic;
using Generator.Templating;

namespace Generator.Building;

/// <summary>What one bureau's years gave: their outcomes in year order and their diagnostics.</summary>
internal sealed record BureauBuild(IReadOnlyList<ReportOutcome> Outcomes, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// One <c>build</c>: what every worker shares (options, writers, template sets, manifest, fingerprints of
/// templates and engine) and the work on one bureau. A report is rendered only when the manifest does
/// not show it up to date; its files are compared with those on disk and only changed files are written.
/// </summary>
internal sealed class BuildRun
{
    private readonly BuildOptions _options;
    private readonly IReadOnlyList<IReportWriter> _writers;
    private readonly SourceTextCache _sources;
    private readonly bool _writable;
    private readonly string _engineAndTemplates;
    private readonly ConcurrentDictionary<ReportFormat, Lazy<(TemplateSet? Set, IReadOnlyList<Diagnostic> Diagnostics)>> _templates = new();

    public BuildRun(BuildOptions options, IReadOnlyList<IReportWriter> writers, SourceTextCache sources, bool writable)
    {
        _options = options;
        _writers = writers;
        _sources = sources;
        _writable = writable;
        // Checking only (validate) never reads or writes the output folder.
        Manifest = options.CheckOnly ? BuildManifest.Empty : BuildManifest.Load(options.OutFolder, ManifestDiagnostics, options.DisplayBase);
        // Nor hashes anything: the first hash loads OpenSSL, a few milliseconds of validate's start-up.
        _engineAndTemplates = options.CheckOnly ? string.Empty : EngineAndTemplates(options, writers);
    }

    private static string EngineAndTemplates(BuildOptions options, IReadOnlyList<IReportWriter> writers)
    {
        using var fingerprint = new Fingerprint();
        return fingerprint.Add(Fingerprint.OfEngine()).Add(Fingerprint.OfTemplates(options.TemplatesFolder))
            .Add(writers.OfType<GraphicPngWriter>().FirstOrDefault()?.Fonts?.Identity ?? string.Empty)
            .Finish();
    }

    public BuildManifest Manifest { get; }

    /// <summary>What reading the manifest found (a damaged one is a warning), reported once with the build's own diagnostics.</summary>
    public DiagnosticBag ManifestDiagnostics { get; } = new();

    /// <summary>Problems of the template sets, reported once however many reports use them.</summary>
    public IEnumerable<Diagnostic> TemplateDiagnostics =>
        _templates.OrderBy(t => t.Key).Where(t => t.Value.IsValueCreated).SelectMany(t => t.Value.Value.Diagnostics);

    /// <summary>Builds a bureau's years in order, with caches (bureau file, last year's figures, source lines) that end with it.</summary>
    public BureauBuild BuildBureau(IReadOnlyList<ReportSource> years)
    {
        var data = new DataFolder(_options.DataFolder, _options.DisplayBase);
        var sources = new SourceTextCache();
        var diagnostics = new DiagnosticBag();

        // Each year's file is also the next year's “year before”, and the bureau file is every year's: hash each once.
        var fileHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var outcomes = years.Select(source =>
        {
            // Each report's diagnostics in a bag of its own, so that its outcome carries them (serve shows them per report).
            var own = new DiagnosticBag();
            var outcome = BuildReport(source, data, sources, own, fileHashes);
            diagnostics.AddRange(own.Items);
            return outcome with { Diagnostics = own.Items };
        }).ToList();

        // Only the lines diagnostics quote outlive the bureau; the rest of its text is let go.
        _sources.CopyFrom(sources, diagnostics.Items.Select(d => d.Span.File));
        return new BureauBuild(outcomes, diagnostics.Items);
    }

    private ReportOutcome BuildReport(ReportSource source, DataFolder data, SourceTextCache sources, DiagnosticBag diagnostics, Dictionary<string, string> fileHashes)
    {
        var folder = Path.Combine(_options.OutFolder, source.BureauId, source.Year.ToString(CultureInfo.InvariantCulture));
        var previousYear = Path.Combine(Path.GetDirectoryName(source.YearFile)!, (source.Year - 1).ToString(CultureInfo.InvariantCulture) + ".yaml");
        var inputs = _options.CheckOnly ? string.Empty : Inputs(source, previousYear, fileHashes);
        if (_writable && !_options.Force && Manifest.UpToDate(source.BureauId, source.Year, inputs, folder, _writers.Select(w => w.FileName)) is { } upToDate)
        {
            Replay(upToDate, [source.YearFile, source.BureauFile, previousYear], sources, diagnostics);
            return new ReportOutcome(source.BureauId, source.Year, ReportStatus.UpToDate,
                [.. _writers.Where(w => upToDate.Files.Any(f => f.Name == w.FileName && !f.IsAbsent))
                    .Select(w => new OutputFile(Path.Combine(folder, w.FileName), w.FormatName, FileChange.Unchanged))]);
        }

        var local = new DiagnosticBag();

        // One budget for the whole report: data, template, markup, document and every format.
        using var time = new CancellationTokenSource(ReportTime.Limit);
        var (report, document, draft) = Render(source, data, sources, local, time.Token);
        diagnostics.AddRange(local.Items);
        if (draft)
        {
            return new ReportOutcome(source.BureauId, source.Year, ReportStatus.Draft, []);
        }

        if (_options.CheckOnly)
        {
            return report is null || document is null ? Failed(source) : new ReportOutcome(source.BureauId, source.Year, ReportStatus.Built, []);
        }

        if (report is null || document is null || !_writable && !_options.DryRun || !OutputPaths.Check(_options.OutFolder, folder, _options.DisplayBase, diagnostics))
        {
            return Failed(source);
        }

        List<(string FileName, string FormatName, byte[] Bytes, FileChange Change)> changes = [];
        string? diff = null;
        try
        {
            var rendered = _writers.Zip(ReportPipeline.Render(document, _writers, time.Token)).Select(w => (Writer: w.First, w.Second.Bytes)).ToList();
            changes = [.. rendered.Where(r => r.Bytes is not null)
                .Select(r => (r.Writer.FileName, r.Writer.FormatName, Bytes: r.Bytes!, Change: OutputWriter.ChangeOf(Path.Combine(folder, r.Writer.FileName), r.Bytes!)))];

            // A file this report no longer has (its graphic, once table 2 lost a headline figure) would show old figures: it goes.
            var absent = rendered.Where(r => r.Bytes is null).Select(r => r.Writer).ToList();
            var removed = absent.Where(w => File.Exists(Path.Combine(folder, w.FileName))).ToList();
            diff = _options.Diff ? MarkdownDiff(folder, changes) : null;
            if (_writable)
            {
                OutputWriter.Write(folder, [.. changes.Where(c => c.Change != FileChange.Unchanged).Select(c => (c.FileName, c.Bytes))]);
                removed.ForEach(w => File.Delete(Path.Combine(folder, w.FileName)));
                Manifest.Record(new ManifestReport(source.BureauId, source.Year, report.Bureau.Agency, document.Title,
                    [.. changes.Select(c => ManifestFile.Of(Path.Combine(folder, c.FileName), inputs)), .. absent.Select(w => ManifestFile.Absent(w.FileName, inputs))],
                    local.Items.Count == 0 ? null : [.. local.Items.Where(d => !d.IsError).Select(ManifestDiagnostic.Of)]));
            }

            return new ReportOutcome(source.BureauId, source.Year, ReportStatus.Built,
                [.. changes.Select(c => new OutputFile(Path.Combine(folder, c.FileName), c.FormatName, c.Change)),
                 .. removed.Select(w => new OutputFile(Path.Combine(folder, w.FileName), w.FormatName, FileChange.Removed))], diff,
                Rendered: _options.KeepRendered ? [.. changes.Select(c => new RenderedFile(c.FileName, c.FormatName, c.Bytes))] : null,
                Model: _options.KeepRendered ? report : null, Document: _options.KeepRendered ? document : null);
        }
        catch (OutputInUseException e)
        {
            // The report's other files are in place and each held file is the whole old one. The report is not
            // recorded in the manifest, so the next build, once the file is closed, writes what is missing.
            foreach (var held in e.Files)
            {
                diagnostics.Add(ReportBuilder.OutputInUse(held, _options.DisplayBase));
            }

            var heldNames = e.Files.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
            return new ReportOutcome(source.BureauId, source.Year, ReportStatus.Built,
                [.. changes.Where(c => !heldNames.Contains(c.FileName)).Select(c => new OutputFile(Path.Combine(folder, c.FileName), c.FormatName, c.Change))], diff);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(ReportBuilder.OutputFailure(folder, _options.DisplayBase, e));
            return Failed(source);
        }
        catch (OperationCanceledException) when (time.IsCancellationRequested)
        {
            ReportTime.OutOfTime(diagnostics, YearFileStart(source), "生成网页、Markdown 和 Word 文件");
            return Failed(source);
        }
    }

    /// <summary>Where a report's out-of-time error points: the start of its year file (no one line is to blame).</summary>
    private SourceSpan YearFileStart(ReportSource source) => new(DisplayPath.Of(source.YearFile, _options.DisplayBase), 1, 1);

    private static ReportOutcome Failed(ReportSource source) => new(source.BureauId, source.Year, ReportStatus.Failed, []);

    /// <summary>
    /// Loads and checks the report and builds its document; nulls when it has errors. A draft is skipped
    /// (Draft true) unless the build names its year.
    /// </summary>
    private (Report? Report, ReportDocument? Document, bool Draft) Render(ReportSource source, DataFolder data, SourceTextCache sources, DiagnosticBag diagnostics, CancellationToken cancellation)
    {
        var report = data.Load(source, sources, diagnostics, skipDrafts: _options.Year is null, out var draft);
        if (report is null)
        {
            return (null, null, draft && _options.Year is null);
        }

        if (cancellation.IsCancellationRequested)
        {
            ReportTime.OutOfTime(diagnostics, YearFileStart(source), "运行模板");
            return (report, null, false);
        }

        var templates = _templates.GetOrAdd(report.Format, format => new Lazy<(TemplateSet?, IReadOnlyList<Diagnostic>)>(() =>
        {
            var bag = new DiagnosticBag();
            var set = TemplateSet.Load(_options.TemplatesFolder, _options.DisplayBase, format, _sources, bag);
            return (set, bag.Items);
        })).Value.Set;
        return (report, templates is null ? null : ReportPipeline.BuildDocument(report, templates, sources, diagnostics, cancellation), false);
    }

    /// <summary>
    /// Everything a report's files are made from: engine, templates, the bureau file, the year file, the
    /// year before (cross-year checks give warnings) and the paths diagnostics show.
    /// </summary>
    private string Inputs(ReportSource source, string previousYear, Dictionary<string, string> fileHashes)
    {
        string Hash(string path) => fileHashes.TryGetValue(path, out var hash) ? hash : fileHashes[path] = Fingerprint.OfFile(path);

        using var fingerprint = new Fingerprint();
        return fingerprint.Add(_engineAndTemplates)
            .Add(DisplayPath.Of(source.YearFile, _options.DisplayBase)).Add(Hash(source.YearFile))
            .Add(DisplayPath.Of(source.BureauFile, _options.DisplayBase)).Add(Hash(source.BureauFile))
            .Add(Hash(previousYear))
            .Finish();
    }

    /// <summary>Shows an up-to-date report's warnings again, with the lines they quote read from the unchanged files.</summary>
    private void Replay(ManifestReport report, string[] files, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        foreach (var stored in report.Diagnostics ?? [])
        {
            var file = files.FirstOrDefault(f => DisplayPath.Of(f, _options.DisplayBase) == stored.File);
            if (file is not null && !sources.Contains(stored.File) && Files.InputFile.Read(file, Data.Yaml.YamlFile.MaxBytes, out _) is { } bytes)
            {
                sources.Remember(stored.File, Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal));
            }

            diagnostics.Add(stored.ToDiagnostic());
        }
    }

    /// <summary>The unified diff of the Markdown file, old against new, when it changed; the old text is empty for a new report.</summary>
    private string? MarkdownDiff(string folder, List<(string FileName, string FormatName, byte[] Bytes, FileChange Change)> changes)
    {
        var markdown = changes.FirstOrDefault(c => c.FileName == "report.md");
        if (markdown.Bytes is null || markdown.Change == FileChange.Unchanged)
        {
            return null;
        }

        var path = Path.Combine(folder, markdown.FileName);
        var old = markdown.Change == FileChange.Added ? string.Empty : File.ReadAllText(path, Encoding.UTF8);
        var display = DisplayPath.Of(path, _options.DisplayBase);
        return DiffPlex.Renderer.UnidiffRenderer.GenerateUnidiff(old, Encoding.UTF8.GetString(markdown.Bytes), display, display, false, false, 3);
    }
}
