using Generator.Building;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Serve.Editing;

namespace Generator.Serve;

/// <summary>
/// The reports the preview shows, built in memory by <see cref="ReportBuilder"/> (the same pipeline as
/// <c>build</c>, with <see cref="BuildOptions.KeepRendered"/>: nothing is written). A bureau is the unit
/// of rebuilding: its years are checked against each other, so a changed year file can change the next
/// year's diagnostics. One bureau's failure, even a bug in the engine, stays with that bureau.
/// </summary>
public sealed class PreviewWorkspace
{
    /// <summary>The formats a report page shows or offers for download; the graphic because report.html shows graphic.svg (its PNG is not drawn: see <see cref="BuildOptions.DrawPng"/>).</summary>
    internal static readonly IReadOnlyList<string> Formats = ["html", "md", "docx", "graphic"];

    private readonly PreviewOptions _options;
    private readonly Func<BuildOptions, (BuildResult Result, ISourceTextProvider Sources)> _build;
    private readonly Lock _gate = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lock> _building = new(StringComparer.Ordinal);
    private SortedDictionary<string, PreviewReport> _reports = new(StringComparer.Ordinal);
    private long _version;

    public PreviewWorkspace(PreviewOptions options)
        : this(options, Build)
    {
    }

    /// <param name="build">The build; tests put a failing one in to see that a crash stays with its bureau.</param>
    internal PreviewWorkspace(PreviewOptions options, Func<BuildOptions, (BuildResult Result, ISourceTextProvider Sources)> build)
    {
        _options = options;
        _build = build;
    }

    /// <summary>Raised after a report changed (or was removed: then its status is unchanged and it is no longer in <see cref="Reports"/>), from the building thread.</summary>
    public event Action<PreviewReport>? Changed;

    /// <summary>Every report, by bureau then year.</summary>
    public IReadOnlyList<PreviewReport> Reports
    {
        get
        {
            lock (_gate)
            {
                return [.. _reports.Values];
            }
        }
    }

    public PreviewReport? Find(string bureauId, int year)
    {
        lock (_gate)
        {
            return _reports.GetValueOrDefault(Keys.Of(bureauId, year));
        }
    }

    /// <summary>Rebuilds every bureau (at start and when a template changed); bureaus no longer in the data folder are dropped.</summary>
    public void RebuildAll()
    {
        var bureaus = new DataFolder(_options.DataFolder, _options.DisplayBase).Find(null, null, new DiagnosticBag())
            .Select(s => s.BureauId).Distinct(StringComparer.Ordinal).ToList();
        foreach (var gone in Reports.Select(r => r.BureauId).Distinct(StringComparer.Ordinal).Except(bureaus).ToList())
        {
            RebuildBureau(gone);
        }

        // Parallel like build, one bureau per worker.
        Parallel.ForEach(bureaus, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, RebuildBureau);
    }

    /// <summary>Rebuilds one bureau's years; never throws for what the data or the engine does.</summary>
    public void RebuildBureau(string bureauId)
    {
        var sources = DataFolder.IsBureauId(bureauId)
            ? new DataFolder(_options.DataFolder, _options.DisplayBase).Find(bureauId, null, new DiagnosticBag())
            : [];
        if (sources.Count == 0)
        {
            Replace(bureauId, []);
            return;
        }

        // One build at a time per bureau: two saves of one file in quick succession must end with the later file's state.
        lock (_building.GetOrAdd(bureauId, _ => new Lock()))
        {
            Replace(bureauId, BuildBureau(bureauId, sources));
        }
    }

    private List<PreviewReport> BuildBureau(string bureauId, IReadOnlyList<ReportSource> sources)
    {
        var options = new BuildOptions(_options.DataFolder, _options.TemplatesFolder, _options.OutFolder, Bureau: bureauId,
            Formats: Formats, DisplayBase: _options.DisplayBase, MaxParallelism: 1, KeepRendered: true, DrawPng: false);
        try
        {
            // Hashed before the build reads them: a save in between is followed by its own rebuild, and an edit in
            // the page is refused meanwhile (the hash no longer matches the file), never written at a stale place.
            var hashes = sources.ToDictionary(s => s.Year, s => CellEditor.HashOf(s.YearFile));
            var (result, quoted) = _build(options);
            // What no report owns (a template set's problems, reported once per build) concerns each of them.
            var owned = result.Outcomes.SelectMany(o => o.Diagnostics ?? []).ToHashSet();
            var shared = result.Diagnostics.Where(d => !owned.Contains(d)).ToList();
            return [.. result.Outcomes.Select(o => Next(o, [.. o.Diagnostics ?? [], .. shared], quoted) with
            {
                Edit = EditOf(o, sources.FirstOrDefault(s => s.Year == o.Year), hashes.GetValueOrDefault(o.Year)),
            })];
        }
#pragma warning disable CA1031 // A bug in the engine on one bureau's data must not stop the preview of the others.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var message = $"程序内部错误（{e.GetType().Name}：{e.Message}）。这不是您的数据的问题，请把这段文字和所用的数据文件一并报告给维护人员。";
            return [.. sources.Select(s => Failed(s, message))];
        }
    }

    /// <summary>The year file to edit, with the cells of this build when it rendered, else those of the last good one.</summary>
    private EditTarget? EditOf(ReportOutcome outcome, ReportSource? source, string? hash)
    {
        if (source is null)
        {
            return null;
        }

        var cells = outcome.Model is { } model && outcome.Document is { } document
            ? CellMap.Of(model, document)
            : Find(outcome.BureauId, outcome.Year)?.Edit?.Cells ?? CellMap.Empty;
        return new EditTarget(source.YearFile, DisplayPath.Of(source.YearFile, _options.DisplayBase), hash, cells);
    }

    private static (BuildResult, ISourceTextProvider) Build(BuildOptions options)
    {
        var sources = new SourceTextCache();
        return (new ReportBuilder(sources).Build(options), sources);
    }

    private PreviewReport Next(ReportOutcome outcome, IReadOnlyList<Diagnostic> diagnostics, ISourceTextProvider sources)
    {
        var previous = Find(outcome.BureauId, outcome.Year);
        var version = Interlocked.Increment(ref _version);
        var status = outcome.Status == ReportStatus.Draft ? PreviewStatus.Draft
            : outcome.Status == ReportStatus.Failed || diagnostics.Any(d => d.IsError) ? PreviewStatus.Errors
            : diagnostics.Any(d => d.Severity == Severity.Warning) ? PreviewStatus.Warnings
            : PreviewStatus.Built;
        if (status is PreviewStatus.Built or PreviewStatus.Warnings && outcome.Rendered is { } rendered)
        {
            return new PreviewReport(outcome.BureauId, outcome.Year, status, diagnostics, sources, rendered, false, version, version);
        }

        var kept = previous?.Files ?? [];
        return new PreviewReport(outcome.BureauId, outcome.Year, status, diagnostics, sources, kept,
            status == PreviewStatus.Errors && kept.Count > 0, version, previous?.FilesVersion ?? 0);
    }

    private PreviewReport Failed(ReportSource source, string message)
    {
        var previous = Find(source.BureauId, source.Year);
        var kept = previous?.Files ?? [];
        return new PreviewReport(source.BureauId, source.Year, PreviewStatus.Errors, [], new SourceTextCache(), kept, kept.Count > 0,
            Interlocked.Increment(ref _version), previous?.FilesVersion ?? 0, message);
    }

    /// <summary>Puts a bureau's new reports in place in one step and tells the listeners about each change.</summary>
    private void Replace(string bureauId, IReadOnlyList<PreviewReport> reports)
    {
        List<PreviewReport> removed;
        lock (_gate)
        {
            var next = new SortedDictionary<string, PreviewReport>(_reports, StringComparer.Ordinal);
            removed = [.. next.Values.Where(r => r.BureauId == bureauId && !reports.Any(n => n.Year == r.Year))];
            removed.ForEach(r => next.Remove(r.Key));
            reports.ToList().ForEach(r => next[r.Key] = r);
            _reports = next;
        }

        foreach (var report in removed.Concat(reports))
        {
            Changed?.Invoke(report);
        }
    }
}
