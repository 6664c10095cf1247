using System.Globalization;
using Generator.Building;
using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Summary;

/// <summary>
/// The façade behind <c>summary</c>: one year across the bureaus of a group. Each bureau is loaded and checked
/// through the same code as <c>build</c> (a fresh <see cref="DataFolder"/> per bureau, so nothing of it stays in
/// memory), its state noted, its anomalies kept, and — when it has no errors — its figures added to the running
/// totals and its cells to the workbook's rows. Then the board, the totals (HTML, Markdown, Word through the
/// report renderers) and the workbook are written to <c>out/summary/&lt;year&gt;/</c>.
/// </summary>
public sealed class SummaryRun(SummaryOptions options, SourceTextCache sources)
{
    public const string FolderName = "summary";

    public SummaryResult Run()
    {
        var diagnostics = new DiagnosticBag();
        var folder = Path.Combine(options.OutFolder, FolderName, options.Year.ToString(CultureInfo.InvariantCulture));
        var members = Members(diagnostics, out var scope);
        if (members is null)
        {
            return new SummaryResult(diagnostics.Items, [], [], [], folder);
        }

        var statuses = new List<BureauStatus>(members.Count);
        var anomalies = new List<Anomaly>();
        var totals = new SummaryTotals(options.Year, scope);
        foreach (var id in members)
        {
            var (status, report) = Check(id, anomalies);
            statuses.Add(status);
            if (report is not null)
            {
                totals.Add(report);
            }
        }

        var files = new SummaryWriter(options, folder, sources, diagnostics).Write(scope, statuses, anomalies, totals);
        return new SummaryResult(diagnostics.Items, statuses, anomalies, files, folder);
    }

    /// <summary>The bureaus to sum, in order, with the scope's name; null (after an error) when they cannot be known.</summary>
    private List<string>? Members(DiagnosticBag diagnostics, out string scope)
    {
        scope = "全部单位";
        var data = new DataFolder(options.DataFolder, options.DisplayBase);
        if (!data.RootExists(diagnostics))
        {
            return null;
        }

        var all = Directory.EnumerateDirectories(options.DataFolder).Select(Path.GetFileName).OfType<string>()
            .Where(DataFolder.IsBureauId).Order(StringComparer.Ordinal).ToList();
        var groups = Groups.Read(options.DataFolder, options.DisplayBase, all.ToHashSet(StringComparer.Ordinal), sources, diagnostics);
        if (options.Group is { } group)
        {
            if (!groups.Contains(group))
            {
                throw new SummaryUsageException(groups.Names.Count == 0
                    ? $"没有分组“{group}”：数据文件夹中没有分组文件 {Groups.FileName}。"
                    : $"没有分组“{group}”。{Groups.FileName} 中的分组：{string.Join("、", groups.Names)}。");
            }

            if (diagnostics.HasErrors)
            {
                return null;
            }

            scope = group;
            return [.. groups.BureausOf(group)];
        }

        if (options.Bureaus is { } named)
        {
            scope = string.Join("、", named);
            return [.. named.Distinct(StringComparer.Ordinal)];
        }

        return all;
    }

    /// <summary>Loads and checks one bureau's report of the year; the report is returned only when it has no errors.</summary>
    private (BureauStatus Status, Report? Report) Check(string id, List<Anomaly> anomalies)
    {
        var year = options.Year.ToString(CultureInfo.InvariantCulture);
        var yearFile = Path.Combine(options.DataFolder, id, year + ".yaml");
        if (!File.Exists(yearFile))
        {
            return (new BureauStatus(id, AgencyOf(id), BureauState.NotCreated, 0, 0, null, []), null);
        }

        var data = new DataFolder(options.DataFolder, options.DisplayBase);
        var local = new DiagnosticBag();
        var source = new ReportSource(id, options.Year, yearFile, Path.Combine(options.DataFolder, id, "bureau.yaml"));
        var report = data.Load(source, new SourceTextCache(), local, skipDrafts: true, out var draft);
        var agency = report?.Bureau.Agency ?? AgencyOf(id);
        anomalies.AddRange(local.Items.Where(Anomaly.IsAnomaly).Select(d => new Anomaly(id, agency, d)));
        var errors = local.Items.Count(d => d.IsError);
        var warnings = local.Items.Count(d => d.Severity == Severity.Warning);
        var links = Links(id, year);
        var state = draft ? BureauState.Draft
            : report is null ? BureauState.Errors
            : warnings > 0 ? BureauState.Warnings
            : links.Count > 0 ? BureauState.Built : BureauState.NotBuilt;
        return (new BureauStatus(id, agency, state, errors, warnings, local.Items.FirstOrDefault(d => d.IsError), links), draft ? null : report);
    }

    /// <summary>The agency name from <c>bureau.yaml</c> when the year cannot give it; the id when that cannot be read either.</summary>
    private string AgencyOf(string id)
    {
        var file = Path.Combine(options.DataFolder, id, "bureau.yaml");
        if (!File.Exists(file))
        {
            return id;
        }

        var bureau = new DataFolder(options.DataFolder, options.DisplayBase).LoadBureauOnly(id, new SourceTextCache());
        return bureau?.Agency ?? id;
    }

    /// <summary>The report's files present in the output folder, as paths relative to it.</summary>
    private List<(string Label, string Path)> Links(string id, string year)
    {
        (string File, string Label)[] formats = [("report.html", "网页"), ("report.docx", "Word"), ("report.pdf", "PDF"), ("report.md", "Markdown")];
        return [.. formats.Where(f => File.Exists(Path.Combine(options.OutFolder, id, year, f.File))).Select(f => (f.Label, $"{id}/{year}/{f.File}"))];
    }
}
