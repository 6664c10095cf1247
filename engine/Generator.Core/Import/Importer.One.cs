using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Generator.Authoring;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Import.Reading;
using Generator.Import.Recognizing;
using Generator.Import.Source;
using Generator.Import.Writing;
using Generator.Templating;

namespace Generator.Import;

/// <summary>One input: read, recognise, write; then the check of what was written.</summary>
public sealed partial class Importer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The reason every waiver written by <c>--as-published</c> starts with.</summary>
    public const string AsPublishedReason = "已发布报告原表如此（导入）";

    private static (FileImport File, Written? Done) ImportOne((int Index, string Path, string Display) input, ImportOptions options, BureauDirectory bureaus)
    {
        var display = input.Display;
        SourceDocument document;
        try
        {
            document = ReportFile.Read(input.Path, display);
        }
        catch (ImportRefusedException e)
        {
            return (Refused(display, e.Code, e.Message, e.Hint), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (Refused(display, DiagnosticCode.ImportUnreadable, "文件无法读取" + (e is UnauthorizedAccessException ? "：没有读取权限" : string.Empty),
                "请确认文件没有被其他程序占用，并且有读取权限。"), null);
        }

        var report = ReportRecognizer.Recognise(document);
        if (report is null)
        {
            return (Refused(display, DiagnosticCode.ImportNotAReport, $"这个{document.Kind}不是政府信息公开工作年度报告：其中没有官方格式的表1、表2、表3",
                "请导入年度报告本身（含“主动公开政府信息情况”等三张表格）；网页请在报告的页面上“另存为”，不要存栏目或搜索结果的页面。"), null);
        }

        var kind = document.Kind;
        if (report.Year is not { } year || year is < 2008 or > 2100)
        {
            return (Refused(display, DiagnosticCode.ImportYearUnknown, "无法确定报告年度：标题中没有“XXXX年政府信息公开工作年度报告”，正文中也没有统计期限",
                "请确认这是完整的年度报告（含标题）。", kind), null);
        }

        var bureauId = options.Bureau ?? bureaus.Match(report.Agency, report.Signature);
        if (bureauId is null)
        {
            var known = bureaus.Ids.Count == 0 ? string.Empty : $"已有的单位：{string.Join("、", bureaus.Ids.Take(10))}{(bureaus.Ids.Count > 10 ? " 等" : string.Empty)}。";
            return (Refused(display, DiagnosticCode.ImportBureauUnknown, $"无法确定这份报告属于哪个单位：{report.Agency ?? "标题中没有机关名称"}与数据文件夹中各单位 bureau.yaml 的机关全称和落款都不相同",
                $"请加 --bureau <单位标识> 指明单位（新单位请取一个小写英文字母、数字和连字符组成的标识，如 jiyuan）。{known}", kind), null);
        }

        var diagnostics = new List<Diagnostic>();
        var existing = bureaus.Find(bureauId);
        var agency = existing?.Agency ?? report.Agency;
        var defaultTitle = agency is null ? null : $"{agency}{year}年政府信息公开工作年度报告";
        var defaultSignature = existing?.Signature ?? report.Signature ?? agency;
        var folder = Path.Combine(options.DataFolder, bureauId);
        var yearName = year.ToString(CultureInfo.InvariantCulture);
        var target = Path.Combine(folder, yearName + ".yaml");
        var beside = File.Exists(target) && !options.Force;
        if (beside)
        {
            target = Path.Combine(folder, yearName + ".imported.yaml");
            diagnostics.Add(new Diagnostic(Severity.Info, DiagnosticCode.ImportBesideExisting.Id, new SourceSpan(DisplayPath.Of(Path.Combine(folder, yearName + ".yaml"), options.DisplayBase), 0, 0),
                $"该数据文件已存在，没有改动；导入的结果写在旁边的 {yearName}.imported.yaml",
                $"请比较两个文件，把需要的内容改到 {yearName}.yaml 中后删除 {yearName}.imported.yaml；要直接替换，请加 --force 重新导入。"));
        }

        Reported(report, display, diagnostics);
        var header = Header(display, kind, report, beside);
        var bureauFile = Path.Combine(folder, "bureau.yaml");
        string? bureauWritten = null;
        if (!File.Exists(bureauFile))
        {
            var signature = report.Signature is { } s && s != report.Agency ? s : null;
            var origin = $"由 {CommandName.Of("import")} 依据 {Path.GetFileName(display)} 建立；机关全称取自报告标题，请核对并填写其余各项";
            if (!WriteFile(bureauFile, BureauFileWriter.Write(report.Agency, signature, origin), diagnostics, options))
            {
                return (new FileImport(display, kind, bureauId, year, report.Format.Name(), Diagnostics: diagnostics), null);
            }

            bureauWritten = DisplayPath.Of(bureauFile, options.DisplayBase);
            bureaus.Load(bureauId, bureauFile);
            defaultSignature = signature ?? report.Agency;
        }

        var text = ImportedYearWriter.Write(report, year, header, defaultTitle, defaultSignature, []);
        if (!WriteFile(target, text, diagnostics, options))
        {
            return (new FileImport(display, kind, bureauId, year, report.Format.Name(), Diagnostics: diagnostics), null);
        }

        var file = new FileImport(display, kind, bureauId, year, report.Format.Name(), DisplayPath.Of(target, options.DisplayBase), beside, bureauWritten,
            report.FiguresRead, report.CellsUnread, Diagnostics: diagnostics);
        return (file, new Written(input.Index, report, bureauId, year, target, bureauFile, header, defaultTitle, defaultSignature, diagnostics));
    }

    /// <summary>Every cell not read and every part not found, as warnings the user sees with where they are.</summary>
    private static void Reported(ImportedReport report, string display, List<Diagnostic> diagnostics)
    {
        foreach (var value in report.Figures.Where(f => !f.IsRead && !f.RowMissing))
        {
            var span = value.Span.HasPosition ? value.Span : new SourceSpan(display, 0, 0);
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCode.ImportCellUnread.Id, span,
                $"{value.Place}：未能读出（{value.Doubt}），数据文件中写作 ~",
                "请对照已发布的报告填写这一格：空白写 ~，0 写 0。"));
        }

        foreach (var note in report.Notes)
        {
            diagnostics.Add(new Diagnostic(Severity.Warning, DiagnosticCode.ImportPartMissing.Id, new SourceSpan(display, 0, 0), note,
                "请对照已发布的报告检查数据文件中的这一部分。"));
        }
    }

    private static List<string> Header(string display, string kind, ImportedReport report, bool beside)
    {
        var header = new List<string>
        {
            $"由 {CommandName.Of("import")} 从 {Path.GetFileName(display)}（{kind}）导入：读出 {report.FiguresRead} 个数字"
                + (report.CellsUnread > 0 ? $"，{report.CellsUnread} 格未能读出（写作 ~，注释“未能读出”说明原表写的是什么）" : "，没有未能读出的格") + "。",
            $"格式：{report.FormatReason}。数字照录已发布报告：空白仍为空白（~），0 仍为 0，每行最后一个数是已发布的总计。",
            "叙述为已发布的原文。请与原报告核对后运行 validate。",
        };
        if (beside)
        {
            header.Add("同一年度的数据文件已存在，这是导入的结果，放在旁边以便比较；生成报告时不读这个文件。");
        }

        return header;
    }

    private static FileImport Refused(string display, DiagnosticCode code, string message, string? hint, string? kind = null) =>
        new(display, kind, Diagnostics: [new Diagnostic(Severity.Error, code.Id, new SourceSpan(display, 0, 0), message, hint)]);

    /// <summary>Writes a file complete or not at all (temporary file, then renamed over the name).</summary>
    private static bool WriteFile(string path, string text, List<Diagnostic> diagnostics, ImportOptions options)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temp, Utf8.GetBytes(text));
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(Severity.Error, DiagnosticCode.OutputFailed.Id, new SourceSpan(DisplayPath.Of(path, options.DisplayBase), 0, 0), "无法写入数据文件",
                "请检查数据文件夹是否可写、磁盘是否已满。"));
            try
            {
                File.Delete(temp);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // The temporary name starts with a dot and is never read as data.
            }

            return false;
        }
    }

    /// <summary>
    /// Checks the written year file with the checks of <c>validate</c>; with <c>--as-published</c>, writes a waiver for
    /// every relation the published figures break (the entries the checks offer to copy) and checks again.
    /// </summary>
    private FileImport Check(FileImport file, Written done, ImportOptions options, BureauDirectory bureaus, ref DataFolder data)
    {
        var source = new ReportSource(done.BureauId, done.Year, done.Path, done.BureauFile);
        if ((bureaus.Find(done.BureauId) ?? bureaus.Load(done.BureauId, done.BureauFile)) is { } bureau && Templates(options, done.Report.Format) is { } templates
            && new DataFolder(options.DataFolder, options.DisplayBase).ReadFigures(source, new SourceTextCache(), new DiagnosticBag()) is { } read
            && GeneratedText.Remove(done.Report, read with { Bureau = bureau }, templates))
        {
            WriteFile(done.Path, ImportedYearWriter.Write(done.Report, done.Year, done.Header, done.DefaultTitle, done.DefaultSignature, []), done.Diagnostics, options);
        }

        var checks = new DiagnosticBag();
        data.Load(source, sources, checks);
        var waivers = 0;
        if (options.AsPublished && Waivers(checks.Items) is { Count: > 0 } entries)
        {
            var text = ImportedYearWriter.Write(done.Report, done.Year, done.Header, done.DefaultTitle, done.DefaultSignature, entries);
            if (WriteFile(done.Path, text, done.Diagnostics, options))
            {
                waivers = entries.Count;
                data = new DataFolder(options.DataFolder, options.DisplayBase);
                checks = new DiagnosticBag();
                data.Load(source, sources, checks);
            }
        }

        return file with { Waivers = waivers, Diagnostics = [.. done.Diagnostics, .. checks.Items] };
    }

    /// <summary>
    /// The templates of a format, loaded once: the folder given, or the built-in ones when it is null or absent;
    /// null when they have errors (then generated sentences stay as narrative).
    /// </summary>
    private TemplateSet? Templates(ImportOptions options, ReportFormat format)
    {
        if (!_templates.TryGetValue(format, out var templates))
        {
            var folder = Directory.Exists(options.TemplatesFolder) ? options.TemplatesFolder : null;
            templates = TemplateSet.Load(folder, options.DisplayBase, format, new SourceTextCache(), new DiagnosticBag());
            _templates[format] = templates;
        }

        return templates;
    }

    /// <summary>The waiver entries the checks offer (“- { at: …, relation: …, reason: … }”), one per row and relation, with what disagrees.</summary>
    private static List<(string At, string Relation, string Reason)> Waivers(IEnumerable<Diagnostic> diagnostics)
    {
        var entries = new List<(string At, string Relation, string Reason)>();
        foreach (var diagnostic in diagnostics.Where(d => d.Severity != Severity.Info && d.Hint is not null))
        {
            var match = WaiverEntry().Match(diagnostic.Hint!);
            if (match.Success && !entries.Any(e => e.At == match.Groups[1].Value && e.Relation == match.Groups[2].Value))
            {
                entries.Add((match.Groups[1].Value, match.Groups[2].Value, $"{AsPublishedReason}：{diagnostic.Message}"));
            }
        }

        return entries;
    }

    [GeneratedRegex(@"- \{ at: ([A-Za-z0-9_.]+), relation: ([A-Z][0-9]+),")]
    private static partial Regex WaiverEntry();
}
