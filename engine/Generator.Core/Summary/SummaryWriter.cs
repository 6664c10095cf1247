using System.Text;
using Generator.Building;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Rendering;
using Generator.Rendering.Html;
using Generator.Rendering.Markdown;
using Generator.Rendering.Word;

namespace Generator.Summary;

/// <summary>
/// Writes a summary's files into <c>out/summary/&lt;year&gt;/</c> under the output folder's lock (a build may be
/// writing <c>out/index.html</c> at the same time): the board and <c>status.csv</c> always; the totals
/// (<c>totals.html</c>, <c>totals.md</c>, <c>totals.docx</c>) and <c>summary.xlsx</c> when the summed reports share
/// one format. Totals of an earlier run that no longer hold are deleted rather than left showing old figures.
/// </summary>
internal sealed class SummaryWriter(SummaryOptions options, string folder, SourceTextCache sources, DiagnosticBag diagnostics)
{
    private static readonly (string File, string Label, IReportWriter Writer)[] TotalsFiles =
    [
        ("totals.html", "网页", new HtmlReportWriter()),
        ("totals.docx", "Word", new WordReportWriter()),
        ("totals.md", "Markdown", new MarkdownReportWriter()),
    ];

    public IReadOnlyList<string> Write(string scope, IReadOnlyList<BureauStatus> statuses, IReadOnlyList<Anomaly> anomalies, SummaryTotals totals)
    {
        var files = new List<(string FileName, byte[] Bytes)>();
        var outputs = new List<(string File, string Label)>();
        if (Totals(totals, statuses) is { } made)
        {
            files.AddRange(made);
            outputs.AddRange(TotalsFiles.Select(t => (t.File, t.Label)));
            outputs.Add((SummaryWorkbook.FileName, "各单位明细（Excel）"));
        }

        outputs.Add((StatusCsv.FileName, "状态表（CSV）"));
        var dataLink = "../../" + string.Concat(Enumerable.Repeat("../", Depth(options.OutFolder)));
        files.Add((StatusBoard.FileName, Utf8Output.Of(StatusBoard.Render(totals.Year, scope, statuses, anomalies, outputs, dataLink))));
        files.Add((StatusCsv.FileName, StatusCsv.Render(statuses)));

        using var outputLock = OutputLock.Acquire(options.OutFolder, OutputLock.DefaultWait, options.DisplayBase, diagnostics);
        if (outputLock is null)
        {
            return [];
        }

        try
        {
            if (!OutputPaths.Check(options.OutFolder, folder, options.DisplayBase, diagnostics))
            {
                return [];
            }

            var changed = files.Where(f => OutputWriter.ChangeOf(Path.Combine(folder, f.FileName), f.Bytes) != FileChange.Unchanged).ToList();
            OutputWriter.Write(folder, changed);
            foreach (var stale in TotalsFiles.Select(t => t.File).Append(SummaryWorkbook.FileName).Where(f => files.TrueForAll(w => w.FileName != f)))
            {
                File.Delete(Path.Combine(folder, stale));
            }

            SiteIndex.Update(options.OutFolder, BuildManifest.Load(options.OutFolder, new DiagnosticBag(), options.DisplayBase));
            outputLock.Finished();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(ReportBuilder.OutputFailure(folder, options.DisplayBase, e));
            return [];
        }

        return [.. files.Select(f => Path.Combine(folder, f.FileName))];
    }

    /// <summary>The totals in three formats and the workbook; null when there is nothing to sum or the formats are mixed (GEN0702).</summary>
    private List<(string, byte[])>? Totals(SummaryTotals totals, IReadOnlyList<BureauStatus> statuses)
    {
        if (totals.Formats.Count > 1)
        {
            MixedFormats(totals);
            return null;
        }

        if (totals.Single is not { } single)
        {
            return null;
        }

        var excluded = statuses.Where(s => !s.Summed)
            .Select(s => new ExcludedBureau(s.BureauId, s.Agency, s.State == BureauState.Errors ? $"有错误（{s.Errors} 个）" : s.StateText)).ToList();
        var document = SummaryDocument.Build(single.Sum, single.Rows.Count, excluded, options.TemplatesFolder, options.DisplayBase, sources, diagnostics);
        if (document is null)
        {
            return null;
        }

        return
        [
            .. TotalsFiles.Select(t => (t.File, t.Writer.Write(document)!)),
            (SummaryWorkbook.FileName, SummaryWorkbook.Write(single, document.Title)),
        ];
    }

    /// <summary>GEN0702 at each year file of the formats fewer bureaus use, naming them, with the format most use.</summary>
    private void MixedFormats(SummaryTotals totals)
    {
        var main = totals.All.MaxBy(t => t.Rows.Count)!;
        foreach (var odd in totals.All.Where(t => t != main))
        {
            var names = string.Join("、", odd.Rows.Select(r => r.Agency));
            foreach (var row in odd.Rows)
            {
                diagnostics.Error(DiagnosticCode.SummaryMixedFormats, SourceSpan.StartOf(row.File),
                    $"{row.Agency}的报告用 {odd.Format.Name()} 年格式，而汇总中的其他 {main.Rows.Count} 个单位用 {main.Format.Name()} 年格式，不能相加；用 {odd.Format.Name()} 年格式的单位：{names}",
                    "两种格式的表格行列不同，只能分别汇总：请检查这些单位的数据文件中的 format:，或用 --bureaus 只汇总同一格式的单位。未生成汇总表。");
            }
        }
    }

    /// <summary>How many folders the output folder is below the working folder, for links from the board to the data files.</summary>
    private int Depth(string outFolder)
    {
        var relative = Path.GetRelativePath(options.DisplayBase ?? Directory.GetCurrentDirectory(), Path.GetFullPath(outFolder));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? 0 : relative.Split(Path.DirectorySeparatorChar).Length;
    }
}
