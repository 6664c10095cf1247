using Generator.Diagnostics;
using Generator.Import;

namespace Generator.Cli.Progress;

/// <summary>After an import: what became of each file, then a closing table (file → bureau/year, figures read, cells unread, diagnostics) and what to do next.</summary>
internal static class ImportSummary
{
    /// <summary>One line per file, as it is done.</summary>
    public static string Line(FileImport file)
    {
        if (file.Written is null)
        {
            return $"未导入 {file.Input}";
        }

        var where = file.BesideExisting ? $"{file.Written}（已有数据文件，另存于旁边）" : file.Written;
        return $"已导入 {file.Input} → {where}：{file.Format} 格式，读出 {file.FiguresRead} 个数字"
            + (file.CellsUnread > 0 ? $"，{file.CellsUnread} 格未能读出" : string.Empty)
            + (file.Waivers > 0 ? $"，写入 {file.Waivers} 条照录说明" : string.Empty)
            + (file.BureauWritten is null ? string.Empty : $"；新单位，已建立 {file.BureauWritten}");
    }

    public static void Write(TextWriter stdout, ImportResult result)
    {
        var files = result.Files.Where(f => f.Input.Length > 0).ToList();
        if (files.Count == 0)
        {
            stdout.WriteLine("没有导入任何文件。");
            return;
        }

        // The file comes last: paths are long and differ in width, the other columns stay lined up.
        var rows = files.Select(f => new[]
        {
            f.BureauId is null ? "—" : $"{f.BureauId} {f.Year}",
            f.Written is null ? "—" : f.FiguresRead.ToString(System.Globalization.CultureInfo.InvariantCulture),
            f.Written is null ? "—" : f.CellsUnread.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Counts(f.AllDiagnostics),
            f.Input,
        }).ToList();
        string[] head = ["单位 年度", "读出数字", "未能读出", "诊断", "文件"];
        var widths = head.Select((h, i) => i == head.Length - 1 ? 0 : rows.Select(r => Width(r[i])).Append(Width(h)).Max()).ToArray();
        stdout.WriteLine();
        stdout.WriteLine(Row(head, widths));
        stdout.WriteLine(string.Join("  ", widths.Select(w => new string('-', Math.Max(w, 4)))).TrimEnd());
        foreach (var row in rows)
        {
            stdout.WriteLine(Row(row, widths));
        }

        var imported = files.Count(f => f.Written is not null);
        var failed = files.Count(f => !f.Succeeded);
        var errors = result.Files.SelectMany(f => f.AllDiagnostics).Count(d => d.Severity == Severity.Error);
        var warnings = result.Files.SelectMany(f => f.AllDiagnostics).Count(d => d.Severity == Severity.Warning);
        stdout.WriteLine();
        stdout.WriteLine($"共 {files.Count} 个文件：导入 {imported} 个，{failed} 个未导入或检查有错误；{errors} 个错误，{warnings} 个警告。");
        if (imported > 0)
        {
            stdout.WriteLine($"请与原报告核对导入的数据文件；改好后运行 {CommandName.Of("validate")} 检查，再运行 {CommandName.Of("build")} 生成报告。");
        }
    }

    private static string Counts(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        var infos = diagnostics.Count(d => d.Severity == Severity.Info);
        return errors + warnings + infos == 0 ? "无" : $"{errors} 错误 {warnings} 警告 {infos} 提示";
    }

    /// <summary>Terminal width: Chinese characters and full-width punctuation take two cells.</summary>
    private static int Width(string text) => text.Sum(c => c >= '\u2E80' && c <= '\uFFEF' ? 2 : 1);

    private static string Row(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => c + new string(' ', Math.Max(widths[i] - Width(c), 0)))).TrimEnd();
}
