using Generator.Data;
using Generator.Diagnostics;
using Generator.Rendering;
using Generator.Rendering.Html;
using Generator.Rendering.Markdown;
using Generator.Templating;

namespace Generator.Building;

/// <summary>
/// The façade behind <c>build</c>: finds the reports, loads and validates each, renders every format
/// and writes a report only when all of it succeeded. Problems of one report never stop the others.
/// </summary>
public sealed class ReportBuilder(SourceTextCache sources)
{
    public static IReadOnlyList<IReportWriter> AllWriters { get; } = [new HtmlReportWriter(), new MarkdownReportWriter()];

    public BuildResult Build(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var writers = options.Formats is null ? AllWriters : [.. AllWriters.Where(w => options.Formats.Contains(w.FormatName))];
        var data = new DataFolder(options.DataFolder, options.DisplayBase);
        var sourcesFound = data.Find(options.Bureau, options.Year, diagnostics);
        var templateSets = new Dictionary<ReportFormat, TemplateSet?>();
        var built = new List<BuiltReport>();
        var failed = 0;
        foreach (var source in sourcesFound)
        {
            var report = data.Load(source, sources, diagnostics);
            if (report is null)
            {
                failed++;
                continue;
            }

            if (!templateSets.TryGetValue(report.Format, out var templates))
            {
                templates = TemplateSet.Load(options.TemplatesFolder, DisplayPath.Of(options.TemplatesFolder, options.DisplayBase), report.Format, sources, diagnostics);
                templateSets[report.Format] = templates;
            }

            var document = templates is null ? null : ReportPipeline.BuildDocument(report, templates, diagnostics);
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
                diagnostics.Error(DiagnosticCode.OutputFailed, new SourceSpan(DisplayPath.Of(folder, options.DisplayBase), 0, 0), $"无法写入输出文件：{e.Message}",
                    "请检查输出文件夹是否可写、磁盘是否已满。");
                failed++;
            }
        }

        return new BuildResult(diagnostics.Items, built, failed);
    }
}
