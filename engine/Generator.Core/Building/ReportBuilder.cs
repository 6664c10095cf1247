using Generator.Data;
using Generator.Document;
using Generator.Diagnostics;
using Generator.Rendering;
using Generator.Rendering.Html;
using Generator.Rendering.Markdown;
using Generator.Rendering.Word;
using Generator.Templating;

namespace Generator.Building;

/// <summary>
/// The façade behind <c>build</c>: finds the reports, loads and validates each, renders every format
/// and writes a report only when all of it succeeded. Problems of one report never stop the others.
/// </summary>
public sealed class ReportBuilder(SourceTextCache sources)
{
    public static IReadOnlyList<IReportWriter> AllWriters { get; } = [new HtmlReportWriter(), new MarkdownReportWriter(), new WordReportWriter()];

    public BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var writers = options.Formats is null ? AllWriters : [.. AllWriters.Where(w => options.Formats.Contains(w.FormatName))];
        var built = new List<BuiltReport>();
        var failed = 0;
        foreach (var (source, document) in Documents(options, diagnostics))
        {
            if (document is null)
            {
                failed++;
                continue;
            }

            var folder = Path.Combine(options.OutFolder, source.BureauId, source.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            try
            {
                var files = OutputWriter.Write(folder, ReportPipeline.Render(document, writers));
                built.Add(new BuiltReport(source.BureauId, source.Year, files));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The system's own message is English and names absolute paths; the Chinese one says what to check.
                var why = e is UnauthorizedAccessException ? "没有写入权限" : "文件夹无法建立或文件无法写入";
                diagnostics.Error(DiagnosticCode.OutputFailed, new SourceSpan(DisplayPath.Of(folder, options.DisplayBase), 0, 0), $"无法写入输出文件：{why}",
                    "请检查输出文件夹是否可写、磁盘是否已满，以及路径上是否有同名的文件占用了文件夹的位置。");
                failed++;
            }
        }

        if (options.Pdf)
        {
            built = AddPdfs(built, options, diagnostics);
        }

        return new BuildResult(diagnostics.Items, built, failed);
    }

    /// <summary>Converts the written Word files to PDF and adds each PDF to its report's files.</summary>
    private static List<BuiltReport> AddPdfs(List<BuiltReport> built, BuildOptions options, DiagnosticBag diagnostics)
    {
        var word = built.SelectMany(r => r.Files).Where(f => f.EndsWith(".docx", StringComparison.Ordinal)).ToList();
        var pdfs = Building.Pdf.PdfConverter.Convert(word, options.Office, options.DisplayBase, diagnostics).ToHashSet(StringComparer.Ordinal);
        return [.. built.Select(r => r with
        {
            Files = [.. r.Files, .. r.Files.Where(f => f.EndsWith(".docx", StringComparison.Ordinal)).Select(f => Path.ChangeExtension(f, ".pdf")).Where(pdfs.Contains)],
        })];
    }

    /// <summary>
    /// Runs every data check of <see cref="Build"/> (YAML, types, relations within and across years,
    /// waivers) on the selected reports without rendering or writing anything.
    /// </summary>
    public ValidationResult Validate(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var data = new DataFolder(options.DataFolder, options.DisplayBase);
        var sourcesFound = data.Find(options.Bureau, options.Year, diagnostics);
        var failed = sourcesFound.Count(source => data.Load(source, sources, diagnostics) is null);
        return new ValidationResult(diagnostics.Items, sourcesFound.Count, failed);
    }

    /// <summary>
    /// Loads, validates and templates every report the options select, in order; the document is null
    /// for a report with errors (reported to <paramref name="diagnostics"/>). Template sets are loaded once per format.
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
                templates = TemplateSet.Load(options.TemplatesFolder, DisplayPath.Of(options.TemplatesFolder, options.DisplayBase), report.Format, sources, diagnostics);
                templateSets[report.Format] = templates;
            }

            yield return (source, templates is null ? null : ReportPipeline.BuildDocument(report, templates, sources, diagnostics));
        }
    }
}
