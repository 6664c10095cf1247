using System.Globalization;
using System.Text.RegularExpressions;
using Generator.Data.Yaml;
using Generator.Diagnostics;
using Generator.Validation;

namespace Generator.Data;

/// <summary>The data folder: finds the reports in it and loads one into a validated <see cref="Report"/>.</summary>
public sealed partial class DataFolder(string root, string? displayBase = null)
{
    public string Root { get; } = root;

    private readonly Dictionary<string, (Bureau? Bureau, IReadOnlyList<Diagnostic>? Diagnostics)> _bureaus = new(StringComparer.Ordinal);

    /// <summary>Bureaus whose <c>bureau.yaml</c> problems were reported in this run.</summary>
    private readonly HashSet<string> _bureausReported = new(StringComparer.Ordinal);

    /// <summary>Year files already read in this run, by path; null for a file with errors.</summary>
    private readonly Dictionary<string, Report?> _read = new(StringComparer.Ordinal);

    /// <summary>Folder that diagnostics paths are relative to (the working directory when null).</summary>
    public string? DisplayBase { get; } = displayBase;

    /// <summary>Every <c>&lt;bureau&gt;/&lt;year&gt;.yaml</c>, sorted, optionally narrowed to one bureau or year.</summary>
    public IReadOnlyList<ReportSource> Find(string? bureau, int? year, DiagnosticBag diagnostics)
    {
        var rootDisplay = DisplayPath.Of(Root, DisplayBase);
        if (!RootExists(diagnostics))
        {
            return [];
        }

        var result = new List<ReportSource>();
        foreach (var folder in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(folder);
            if (bureau is not null && bureau != id)
            {
                continue;
            }

            if (!IsBureauId(id))
            {
                ReportInvalidFolder(folder, id, diagnostics);
                continue;
            }

            // Entries, not only files: a folder or a link to one named 2022.yaml is a year file that cannot be read,
            // which the loader says, instead of a report silently missing from the build.
            foreach (var file in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (YearFile().Match(name) is { Success: true } match && int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) is var y
                    && y is >= MinYear and <= MaxYear)
                {
                    if (year is null || year == y)
                    {
                        result.Add(new ReportSource(id, y, file, Path.Combine(folder, "bureau.yaml")));
                    }
                }
                else if (LooksLikeYearFile().Match(name) is { Success: true } like
                         && (year is null || like.Groups["digits"].Value.TrimStart('0') == year.Value.ToString(CultureInfo.InvariantCulture)))
                {
                    ReportMisnamedYearFile(file, like.Groups["digits"].Value, diagnostics);
                }
            }
        }

        if (result.Count == 0)
        {
            var what = (bureau, year) switch
            {
                (null, null) => "任何报告数据",
                (not null, null) => $"单位 {bureau} 的报告数据",
                (null, not null) => $"{year} 年度的报告数据",
                _ => $"单位 {bureau} {year} 年度的报告数据",
            };
            diagnostics.Error(DiagnosticCode.FileNotFound, new SourceSpan(rootDisplay, 0, 0), $"在 {rootDisplay} 中找不到{what}",
                "数据文件应放在 data/<单位标识>/<年度>.yaml，单位标识只用小写字母、数字和连字符。");
        }

        return result;
    }

    /// <summary>Whether the data folder exists; reports GEN0001 with what to do when it does not.</summary>
    public bool RootExists(DiagnosticBag diagnostics)
    {
        if (Directory.Exists(Root))
        {
            return true;
        }

        var display = DisplayPath.Of(Root, DisplayBase);
        diagnostics.Error(DiagnosticCode.FileNotFound, new SourceSpan(display, 0, 0), $"找不到数据文件夹 {display}",
            "请在项目根目录运行，或用 --data 指定数据文件夹。");
        return false;
    }

    /// <summary>Loads and validates one report; null when it has errors (all of them reported).</summary>
    public Report? Load(ReportSource source, SourceTextCache sources, DiagnosticBag diagnostics) =>
        Load(source, sources, diagnostics, skipDrafts: false, out _);

    /// <summary>
    /// Loads and validates one report; null when it has errors. With <paramref name="skipDrafts"/>, a year file
    /// that still holds placeholders (<see cref="NarrativeText.Placeholder"/>, as <c>new</c> writes them) is a
    /// draft: instead of its errors, one warning says it was left out and how much is still to fill in.
    /// </summary>
    public Report? Load(ReportSource source, SourceTextCache sources, DiagnosticBag diagnostics, bool skipDrafts, out bool draft)
    {
        var (bureau, bureauDiagnostics) = LoadBureau(source, sources);
        var year = new DiagnosticBag();
        var report = Read(source, bureau, sources, year);
        draft = year.Items.Any(d => d.Code == DiagnosticCode.PlaceholderLeft.Id);
        if (draft && skipDrafts)
        {
            var display = DisplayPath.Of(source.YearFile, DisplayBase);
            diagnostics.Warning(DiagnosticCode.Draft, SourceSpan.StartOf(display),
                $"草稿，未生成：{display}，还有 {year.Items.Count(d => d.IsError)} 处待填写或有误",
                $"填好后运行 {CommandName.Of($"validate --bureau {source.BureauId} --year {source.Year}")} 查看全部待填写之处；只生成这一年度（{CommandName.Of($"build --year {source.Year}")}）时也会列出它们。");
            return null;
        }

        // The bureau file's problems are told with the first year that is not skipped, once per run.
        var local = new DiagnosticBag();
        if (bureauDiagnostics is not null && _bureausReported.Add(source.BureauId))
        {
            local.AddRange(bureauDiagnostics);
        }

        local.AddRange(year.Items);

        // Relations are checked even when other fields have errors, so that a user sees every problem in one run.
        if (report is not null)
        {
            CompletenessChecker.Check(report, local, local.HasErrors);
            var previous = PreviousYear(source, bureau, sources, local);
            RelationChecker.Check(report, local, previous);

            // Kept for the year-over-year sentences and the graphic: the file is read once, here.
            report = report with { PreviousYear = previous };
        }

        diagnostics.AddRange(local.Items);
        return local.HasErrors || bureau is null ? null : report;
    }

    /// <summary>
    /// The figures of one year file as read, without checking relations (a published inconsistency does
    /// not stop <c>new</c> from carrying them over); null, with the problems reported, when it cannot be read.
    /// </summary>
    public Report? ReadFigures(ReportSource source, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        Read(source, null, sources, diagnostics);
        return _read[source.YearFile];
    }

    /// <summary>
    /// Reads a year file into a report without checking relations; remembers whether it read cleanly,
    /// so that the next year's cross-year checks reuse it instead of reading the file again.
    /// </summary>
    private Report? Read(ReportSource source, Bureau? bureau, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var yearMap = LoadYaml(source.YearFile, sources, local);
        Report? report = null;
        if (yearMap is not null)
        {
            // Read the year file even when bureau.yaml is broken, so all its problems show at once.
            var placeholder = bureau ?? new Bureau(source.BureauId, source.BureauId, null, null, null, null, source.BureauId, SourceSpan.None);
            report = ReportReader.Read(yearMap, placeholder, source.Year);
        }

        _read[source.YearFile] = local.HasErrors ? null : report;
        diagnostics.AddRange(local.Items);
        return report;
    }

    /// <summary>
    /// The same bureau's report of the year before, read cleanly, for the cross-year checks; null when
    /// that file does not exist or cannot be read (then an info says the checks were skipped).
    /// </summary>
    private Report? PreviousYear(ReportSource source, Bureau? bureau, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        var file = Path.Combine(Path.GetDirectoryName(source.YearFile)!, (source.Year - 1).ToString(CultureInfo.InvariantCulture) + ".yaml");
        if (!_read.TryGetValue(file, out var previous))
        {
            if (!File.Exists(file))
            {
                return null;
            }

            // Its own problems are reported when that year is validated, not here.
            Read(new ReportSource(source.BureauId, source.Year - 1, file, source.BureauFile), bureau, sources, new DiagnosticBag());
            previous = _read[file];
        }

        if (previous is null)
        {
            diagnostics.Info(DiagnosticCode.PreviousYearUnusable, SourceSpan.StartOf(DisplayPath.Of(source.YearFile, DisplayBase)),
                $"上一年度的数据文件 {DisplayPath.Of(file, DisplayBase)} 有错误，本年度未做跨年度核对（上年结转等）",
                $"请先改正 {source.Year - 1} 年度文件中的错误（运行 {CommandName.Of($"validate --bureau {source.BureauId} --year {source.Year - 1}")} 查看）。");
        }

        return previous;
    }

    /// <summary>A bureau's <c>bureau.yaml</c> alone (its agency name for a year that cannot be read); null when it has errors.</summary>
    public Bureau? LoadBureauOnly(string id, SourceTextCache sources) =>
        LoadBureau(new ReportSource(id, 0, Path.Combine(Root, id, "0000.yaml"), Path.Combine(Root, id, "bureau.yaml")), sources).Bureau;

    /// <summary>
    /// Reads a bureau's <c>bureau.yaml</c> once per run, whatever the number of its years: the bureau (null when
    /// it has errors, so that every year of a broken bureau fails) and its problems, which <see cref="Load(ReportSource, SourceTextCache, DiagnosticBag, bool, out bool)"/>
    /// reports with the first year it does not skip.
    /// </summary>
    private (Bureau? Bureau, IReadOnlyList<Diagnostic>? Diagnostics) LoadBureau(ReportSource source, SourceTextCache sources)
    {
        if (_bureaus.TryGetValue(source.BureauId, out var cached))
        {
            return cached;
        }

        var local = new DiagnosticBag();
        Bureau? bureau = null;
        if (File.Exists(source.BureauFile) || Directory.Exists(source.BureauFile))
        {
            var map = LoadYaml(source.BureauFile, sources, local);
            bureau = map is null ? null : BureauReader.Read(map, source.BureauId);
        }
        else
        {
            // Point at the year file that needs it (read right after), so the message shows a line like every other.
            local.Error(DiagnosticCode.FileNotFound, SourceSpan.StartOf(DisplayPath.Of(source.YearFile, DisplayBase)),
                $"找不到单位信息文件 {DisplayPath.Of(source.BureauFile, DisplayBase)}：每个单位文件夹中都要有一份 bureau.yaml",
                "请在同一文件夹中建立 bureau.yaml，写明机关全称等信息，写法见 docs/data-format.md。");
        }

        return _bureaus[source.BureauId] = (local.HasErrors ? null : bureau, local.Items.Count == 0 ? null : local.Items);
    }

    /// <summary>
    /// Reads a data file, but only one that lies inside the data folder once links are followed: a link to
    /// <c>/etc/passwd</c> or a device must not be read, nor quoted in a message.
    /// </summary>
    private MapReader? LoadYaml(string path, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        var display = DisplayPath.Of(path, DisplayBase);
        if ((File.Exists(path) || Directory.Exists(path)) && !Files.FolderLinks.IsInside(path, Root))
        {
            diagnostics.Error(DiagnosticCode.FileUnreadable, SourceSpan.StartOf(display),
                $"{display} 是指向数据文件夹以外的链接，不予读取",
                "数据文件必须放在数据文件夹之中：请把文件复制到这里，不要用符号链接（快捷方式）指向别处。");
            return null;
        }

        return YamlFile.Load(path, display, sources, diagnostics);
    }

    /// <summary>
    /// Whether a folder name can be a bureau: lower-case letters, digits and hyphens, and not a name Windows
    /// keeps for a device (<c>con</c>, <c>nul</c>, <c>com1</c>…), since the id becomes a folder in <c>out/</c>
    /// that must copy to any web server.
    /// </summary>
    public static bool IsBureauId(string id) => BureauId().IsMatch(id) && !WindowsDeviceName().IsMatch(id);

    /// <summary>
    /// A folder that holds data but whose name cannot be a bureau id is an error, not silently skipped:
    /// otherwise its reports would just be missing from the build. Folders without YAML files are ignored.
    /// </summary>
    private void ReportInvalidFolder(string folder, string id, DiagnosticBag diagnostics)
    {
        if (!Directory.EnumerateFiles(folder, "*.yaml").Any())
        {
            return;
        }

        var display = DisplayPath.Of(folder, DisplayBase);
        var why = WindowsDeviceName().IsMatch(id)
            ? $"“{id}”是 Windows 保留的设备名，用作输出文件夹时在 Windows 上无法打开或复制"
            : $"“{id}”不是有效的单位标识（只能用小写字母、数字和连字符，以字母或数字开头，最长 64 个字符）";
        diagnostics.Error(DiagnosticCode.InvalidBureauFolder, new SourceSpan(display, 0, 0), $"数据文件夹 {display} 的名称{why}，其中的报告没有生成",
            "请把文件夹改成如 jiyuan、guichi-2 这样的名称；单位的中文名称写在其中 bureau.yaml 的 agency 字段。");
    }

    [GeneratedRegex("^(con|prn|aux|nul|com[0-9]|lpt[0-9])$")]
    private static partial Regex WindowsDeviceName();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex BureauId();

    /// <summary>A year file: four digits and “.yaml”, nothing else.</summary>
    [GeneratedRegex("^(?<year>[0-9]{4})\\.yaml$")]
    private static partial Regex YearFile();

    /// <summary>
    /// What staff would name a year file by mistake: digits with .yml or an upper-case extension, spaces, a
    /// digit too many (2023.yml, 2023.YAML, “2023 .yaml”, 12022.yaml, 0999.yaml). Other names are left alone
    /// (import's 2023.imported.yaml, notes.yaml).
    /// </summary>
    [GeneratedRegex("^\\s*(?<digits>[0-9]+)\\s*\\.\\s*[Yy][Aa]?[Mm][Ll]\\s*$")]
    private static partial Regex LooksLikeYearFile();

    /// <summary>The years a report can be for (the regulation dates from 2008).</summary>
    private const int MinYear = 2008;

    private const int MaxYear = 2100;

    /// <summary>
    /// A file that looks like a year file but is not named as one would otherwise be skipped silently, and
    /// its report would be missing from the build: it is an error naming the name it should have.
    /// </summary>
    private void ReportMisnamedYearFile(string file, string digits, DiagnosticBag diagnostics)
    {
        var display = DisplayPath.Of(file, DisplayBase);
        var year = digits.TrimStart('0');
        var why = year.Length == 4 && int.Parse(year, CultureInfo.InvariantCulture) is >= MinYear and <= MaxYear
            ? $"年度数据文件应命名为 {year}.yaml（四位年份加小写的 .yaml，中间没有空格）"
            : $"“{digits}”不是 {MinYear}–{MaxYear} 之间的四位年份，年度数据文件应命名为如 2023.yaml";
        diagnostics.Error(DiagnosticCode.MisnamedYearFile, new SourceSpan(display, 0, 0), $"{display} 没有读取：{why}",
            "请把文件改名；不改名的话，这个年度的报告不会生成。");
    }
}
