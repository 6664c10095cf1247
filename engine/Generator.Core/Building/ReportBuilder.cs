using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Document;
using Generator.Rendering;
using Generator.Rendering.Html;
using Generator.Rendering.Markdown;
using Generator.Rendering.Word;
using Generator.Rendering.Graphic;
using Generator.Graphic;
using Generator.Templating;

namespace Generator.Building;

/// <summary>
/// The façade behind <c>build</c>: finds the reports, loads and validates each, renders every format
/// and writes a report only when all of it succeeded. Problems of one report never stop the others.
/// Bureaus are built in parallel, the years of one bureau in order (each year is checked against the
/// year before); memory holds one report per worker, not the whole run.
/// </summary>
public sealed class ReportBuilder(SourceTextCache sources)
{
    public static IReadOnlyList<IReportWriter> AllWriters { get; } =
        [new HtmlReportWriter(), new MarkdownReportWriter(), new WordReportWriter(), new GraphicSvgWriter(), new GraphicPngWriter()];

    /// <summary>
    /// Builds the selected reports. <paramref name="progress"/> is told about each report as soon as it
    /// and every report before it are done, in data order, from whichever thread finished it.
    /// </summary>
    public BuildResult Build(BuildOptions options, IBuildProgress? progress = null)
    {
        var clock = Stopwatch.StartNew();
        // Kept in memory means written nowhere: the output folder is only read, as in a dry run (to compare with it).
        options = options.KeepRendered ? options with { DryRun = true, Pdf = false } : options;
        var diagnostics = new DiagnosticBag();
        // Start-up on a two-core PC: the template functions are made on the other core while this one reads the
        // data, and the PNG's font is opened after them (WithFont) — both are ready when the first report needs them.
        var prepared = Task.Run(ReportTemplateRenderer.Prepare);
        var writers = WithFont(prepared, [.. AllWriters.Where(w => (options.Formats is null || options.Formats.Contains(w.FormatName)) && (options.DrawPng || w is not GraphicPngWriter))], options, diagnostics);
        var found = new DataFolder(options.DataFolder, options.DisplayBase).Find(options.Bureau, options.Year, diagnostics);

        using var outputLock = options.DryRun || options.CheckOnly ? null : LockOutput(options, diagnostics, progress is null ? null : progress.WaitingForLock);
        var writable = !options.DryRun && !options.CheckOnly && outputLock is not null;
        if (outputLock is { PreviousBuildInterrupted: true })
        {
            RemoveLeftovers(options.OutFolder, diagnostics);
        }

        var run = new BuildRun(options, writers, sources, writable);
        var bureaus = found.GroupBy(s => s.BureauId, StringComparer.Ordinal).Select(g => g.OrderBy(s => s.Year).ToList()).ToList();
        var outcomes = new List<ReportOutcome>(found.Count);
        progress?.Started(found.Count);
        var emitter = new InOrder<BureauBuild>(bureaus.Count, done =>
        {
            // Runs under the emitter's lock, bureau after bureau in data order.
            diagnostics.AddRange(done.Diagnostics);
            foreach (var outcome in done.Outcomes)
            {
                outcomes.Add(outcome);
                progress?.Finished(outcome);
            }
        });

        try
        {
            Parallel.ForEach(
                Partitioner.Create(Enumerable.Range(0, bureaus.Count), EnumerablePartitionerOptions.NoBuffering),
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelism ?? Environment.ProcessorCount },
                i => emitter.Complete(i, run.BuildBureau(bureaus[i])));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // The first real failure, with its own stack, for the CLI's last line of defence.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        if (writers.OfType<GraphicPngWriter>().FirstOrDefault()?.Fonts is { FoundUnreadable: true })
        {
            // The system's font files are there but Skia could not read them: known only once they were opened.
            FontMissing(options, diagnostics);
        }

        diagnostics.AddRange(run.ManifestDiagnostics.Items);
        diagnostics.AddRange(run.TemplateDiagnostics);
        if (writable)
        {
            FinishOutput(options, run.Manifest, diagnostics);
        }

        if (options.Pdf && writable)
        {
            outcomes = AddPdfs(outcomes, options, diagnostics);
        }

        if (writable)
        {
            outputLock!.Finished();
        }

        return new BuildResult(diagnostics.Items, outcomes, clock.Elapsed);
    }

    /// <summary>
    /// The writers with graphic.png's font found (the system's, or <see cref="BuildOptions.GraphicFont"/>). Without
    /// one, or without Skia's library, the PNG writer is left out of this build, with a warning: PNGs already published stay as they are.
    /// Checking only (validate) draws nothing, so it neither looks for a font nor warns about one.
    /// </summary>
    private static IReadOnlyList<IReportWriter> WithFont(Task prepared, IReadOnlyList<IReportWriter> writers, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (options.CheckOnly || !writers.Any(w => w is GraphicPngWriter))
        {
            return writers;
        }

        if (SkiaLibrary.Problem is { } problem)
        {
            diagnostics.Warning(DiagnosticCode.GraphicLibraryMissing, new SourceSpan(DisplayPath.Of(options.OutFolder, options.DisplayBase), 0, 0),
                $"绘图组件 {SkiaLibrary.FileName} 无法加载（{problem}），本次没有生成一图读懂的 PNG 图片（graphic.png）；graphic.svg 和其他文件照常生成",
                SkiaLibrary.Hint + "；不需要一图读懂时可用 --format html,md,docx 跳过它。");
            return WithoutPng(writers);
        }

        // A font named with --font is read now, so that a wrong file is reported before anything is built. The
        // system's is read on another thread while the reports' data, templates and text formats are made: opening the
        // first font makes Skia list every font file under /usr/share/fonts (about 30 ms with Debian's Noto CJK, more
        // on a PC with many fonts), a good part of a one-report build. The PNG waits for it.
        var fonts = options.GraphicFont is { } path ? GraphicFonts.FromFile(path) is { Readable: true } named ? named : null : GraphicFonts.System;
        if (fonts is not null)
        {
            if (options.GraphicFont is null)
            {
                _ = prepared.ContinueWith(_ => fonts.Readable, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }

            return [.. writers.Select(w => w is GraphicPngWriter ? new GraphicPngWriter(fonts) : w)];
        }

        FontMissing(options, diagnostics);
        return WithoutPng(writers);
    }

    private static void FontMissing(BuildOptions options, DiagnosticBag diagnostics)
    {
        var where = options.GraphicFont is { } file ? DisplayPath.Of(file, options.DisplayBase) : DisplayPath.Of(options.OutFolder, options.DisplayBase);
        diagnostics.Warning(DiagnosticCode.GraphicFontMissing, new SourceSpan(where, 0, 0),
            options.GraphicFont is null
                ? "找不到中文字体，本次没有生成一图读懂的 PNG 图片（graphic.png）；graphic.svg 照常生成"
                : $"字体文件 {where} 不存在或无法读取，本次没有生成一图读懂的 PNG 图片（graphic.png）；graphic.svg 照常生成",
            GraphicFonts.InstallHint + "；也可用 --font 指定一个中文字体文件（.ttf、.otf 或 .ttc）。");
    }

    private static IReadOnlyList<IReportWriter> WithoutPng(IReadOnlyList<IReportWriter> writers) => [.. writers.Where(w => w is not GraphicPngWriter)];

    /// <summary>
    /// After a killed build: removes the temporary files of ours (and only ours) from the output folder, the
    /// build's own folder and every report folder, whether or not this build renders that report again.
    /// </summary>
    private static void RemoveLeftovers(string outFolder, DiagnosticBag diagnostics)
    {
        string[] reportFiles = [.. AllWriters.Select(w => w.FileName), "report.pdf"];
        try
        {
            OutputWriter.RemoveLeftovers(outFolder, [SiteIndex.FileName]);
            OutputWriter.RemoveLeftovers(Path.Combine(outFolder, BuildManifest.FolderName), [BuildManifest.FileName]);
            foreach (var bureau in Directory.EnumerateDirectories(outFolder).Where(d => DataFolder.IsBureauId(Path.GetFileName(d))))
            {
                foreach (var year in Directory.EnumerateDirectories(bureau).Where(d => Path.GetFileName(d) is { Length: 4 } y && y.All(char.IsAsciiDigit)))
                {
                    // Only real folders: a link planted here is refused when its report is written, never entered.
                    if (!new DirectoryInfo(year).Attributes.HasFlag(FileAttributes.ReparsePoint) && !new DirectoryInfo(bureau).Attributes.HasFlag(FileAttributes.ReparsePoint))
                    {
                        OutputWriter.RemoveLeftovers(year, reportFiles);
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(OutputFailure(outFolder, null, e));
        }
    }

    /// <summary>
    /// Takes the output folder's lock; when the folder cannot be made or locked the build still loads and
    /// checks every report (so all data errors show at once) but writes nothing.
    /// </summary>
    private static OutputLock? LockOutput(BuildOptions options, DiagnosticBag diagnostics, Action? waiting)
    {
        try
        {
            return OutputLock.Acquire(options.OutFolder, options.LockWait ?? OutputLock.DefaultWait, options.DisplayBase, diagnostics, waiting);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(OutputFailure(options.OutFolder, options.DisplayBase, e));
            return null;
        }
    }

    /// <summary>Saves the manifest and brings <c>out/index.html</c> up to date; a failure here loses no report.</summary>
    private static void FinishOutput(BuildOptions options, BuildManifest manifest, DiagnosticBag diagnostics)
    {
        try
        {
            manifest.Save(options.OutFolder);
            SiteIndex.Update(options.OutFolder, manifest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(OutputFailure(options.OutFolder, options.DisplayBase, e));
        }
    }

    /// <summary>GEN0409 for a published file another program (Word, WPS) holds open, so it could not be replaced.</summary>
    internal static Diagnostic OutputInUse(string file, string? displayBase) =>
        new(Severity.Error, DiagnosticCode.OutputInUse.Id, new SourceSpan(DisplayPath.Of(file, displayBase), 0, 0),
            $"{Path.GetFileName(file)} 正被其他程序打开（多半是 Word 或 WPS），无法换成新生成的文件：请先在 Word/WPS 中关闭它，再运行一次",
            "同一报告的其他格式已经写好；这个文件还是上次生成的完整文件。关闭后再运行 build，只会补写这一个文件。");

    /// <summary>GEN0402 for a folder that cannot be written; the system's own message is English and names absolute paths.</summary>
    internal static Diagnostic OutputFailure(string folder, string? displayBase, Exception e)
    {
        var why = e is UnauthorizedAccessException ? "没有写入权限" : "文件夹无法建立或文件无法写入";
        return new Diagnostic(Severity.Error, DiagnosticCode.OutputFailed.Id, new SourceSpan(DisplayPath.Of(folder, displayBase), 0, 0), $"无法写入输出文件：{why}",
            "请检查输出文件夹是否可写、磁盘是否已满，以及路径上是否有同名的文件占用了文件夹的位置。");
    }

    /// <summary>
    /// Converts to PDF the Word files that changed or have no PDF yet, and adds each PDF to its report's
    /// files (a report whose Word file is unchanged keeps the PDF it has).
    /// </summary>
    private static List<ReportOutcome> AddPdfs(List<ReportOutcome> outcomes, BuildOptions options, DiagnosticBag diagnostics)
    {
        static string PdfOf(string docx) => Path.ChangeExtension(docx, ".pdf");
        var stale = outcomes.SelectMany(o => o.Files)
            .Where(f => f.Format == "docx" && (f.Change != FileChange.Unchanged || !File.Exists(PdfOf(f.Path))))
            .Select(f => PdfOf(f.Path)).ToHashSet(StringComparer.Ordinal);
        var existed = stale.Where(File.Exists).ToHashSet(StringComparer.Ordinal);
        var made = Pdf.PdfConverter.Convert([.. stale.Select(pdf => Path.ChangeExtension(pdf, ".docx"))], options.Office, options.DisplayBase, diagnostics)
            .ToHashSet(StringComparer.Ordinal);

        FileChange? Change(string pdf) =>
            made.Contains(pdf) ? (existed.Contains(pdf) ? FileChange.Modified : FileChange.Added)
            : !stale.Contains(pdf) && File.Exists(pdf) ? FileChange.Unchanged
            : null;

        return [.. outcomes.Select(o => o with
        {
            Files = [.. o.Files, .. o.Files.Where(f => f.Format == "docx").Select(f => PdfOf(f.Path))
                .Select(pdf => (Pdf: pdf, Change: Change(pdf))).Where(p => p.Change is not null)
                .Select(p => new OutputFile(p.Pdf, "pdf", p.Change!.Value))],
        })];
    }

    /// <summary>
    /// Runs every check of <see cref="Build"/> (YAML, types, relations within and across years, waivers, the
    /// narrative, the templates and the document they make) on the selected reports, through the same code,
    /// without rendering or writing anything; drafts as <see cref="Build"/> does.
    /// </summary>
    public ValidationResult Validate(BuildOptions options)
    {
        var result = Build(options with { CheckOnly = true, DryRun = false, Pdf = false });
        return new ValidationResult(result.Diagnostics, result.Outcomes.Count - result.Drafts, result.Failed, result.Drafts);
    }

    /// <summary>
    /// <c>validate --fix</c>: makes the certain fixes in the year files the options select and in their bureaus'
    /// <c>bureau.yaml</c> (see <see cref="Fixing.DataFileFixer"/>); only the files with something to fix are returned.
    /// </summary>
    public static IReadOnlyList<Fixing.FileFix> Fix(BuildOptions options)
    {
        var data = new DataFolder(options.DataFolder, options.DisplayBase);
        var found = data.Find(options.Bureau, options.Year, new DiagnosticBag());
        var files = found.Select(s => s.BureauFile).Distinct(StringComparer.Ordinal).Where(File.Exists).Select(f => (Path: f, Bureau: true, Year: (int?)null))
            .Concat(found.Select(s => (Path: s.YearFile, Bureau: false, Year: (int?)s.Year)))
            .Where(f => Files.FolderLinks.IsInside(f.Path, options.DataFolder)); // --fix writes: never through a link out of the data folder
        return [.. files.Select(f => Fixing.DataFileFixer.Fix(f.Path, DisplayPath.Of(f.Path, options.DisplayBase), f.Bureau, f.Year)).OfType<Fixing.FileFix>()];
    }

    /// <summary>
    /// Loads, validates and templates every report the options select, in order, one at a time; the document
    /// is null for a report with errors (reported to <paramref name="diagnostics"/>). For <c>dump</c> and tests.
    /// </summary>
    public IEnumerable<(ReportSource Source, ReportDocument? Document)> Documents(BuildOptions options, DiagnosticBag diagnostics)
    {
        var data = new DataFolder(options.DataFolder, options.DisplayBase);
        var templateSets = new Dictionary<ReportFormat, TemplateSet?>();
        foreach (var source in data.Find(options.Bureau, options.Year, diagnostics))
        {
            var report = data.Load(source, sources, diagnostics);
            if (report is null)
            {
                yield return (source, null);
                continue;
            }

            if (!templateSets.TryGetValue(report.Format, out var templates))
            {
                templates = TemplateSet.Load(options.TemplatesFolder, options.DisplayBase, report.Format, sources, diagnostics);
                templateSets[report.Format] = templates;
            }

            yield return (source, templates is null ? null : ReportPipeline.BuildDocument(report, templates, sources, diagnostics));
        }
    }
}
