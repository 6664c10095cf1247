using System.Globalization;
using System.Text;
using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Authoring;

/// <summary>
/// <c>new</c>: starts <c>data/&lt;bureau&gt;/&lt;year&gt;.yaml</c> from the bureau's latest earlier year, in the
/// official format of the new year. Never overwrites: an existing file is an error (GEN0403).
/// </summary>
public static class NewYearFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static NewYearResult Create(string dataFolder, string bureauId, int year, SourceTextCache sources, DiagnosticBag diagnostics, string? displayBase = null)
    {
        var folder = Path.Combine(dataFolder, bureauId);
        var target = Path.Combine(folder, year.ToString(CultureInfo.InvariantCulture) + ".yaml");
        var targetDisplay = DisplayPath.Of(target, displayBase);
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(DiagnosticCode.FileNotFound, new SourceSpan(DisplayPath.Of(folder, displayBase), 0, 0), $"找不到单位文件夹 {DisplayPath.Of(folder, displayBase)}",
                "请检查 --bureau 和 --data 是否写对；新单位请先建立该文件夹和其中的 bureau.yaml（写法见 docs/data-format.md）。");
            return new NewYearResult(null, []);
        }

        if (File.Exists(target))
        {
            return Exists(targetDisplay, year, diagnostics);
        }

        var data = new DataFolder(dataFolder, displayBase);
        var latest = data.Find(bureauId, null, new DiagnosticBag()).Where(s => s.Year < year).MaxBy(s => s.Year);
        Report? previous = null;
        if (latest is not null)
        {
            previous = data.ReadFigures(latest, sources, diagnostics);
            if (previous is null)
            {
                return new NewYearResult(null, []);
            }
        }

        var (text, notes) = YearFileWriter.Write(year, previous);
        try
        {
            // CreateNew: even a file that appeared since the check above is never overwritten.
            using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8.GetBytes(text));
        }
        catch (IOException) when (File.Exists(target))
        {
            return Exists(targetDisplay, year, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCode.OutputFailed, new SourceSpan(targetDisplay, 0, 0), "无法写入新的数据文件",
                "请检查数据文件夹是否可写、磁盘是否已满。");
            return new NewYearResult(null, []);
        }

        return new NewYearResult(targetDisplay, notes);
    }

    private static NewYearResult Exists(string targetDisplay, int year, DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticCode.FileExists, new SourceSpan(targetDisplay, 0, 0), "该数据文件已存在，new 不会覆盖已有的数据文件",
            $"要重新建立，请先把它改名或移走；要修改 {year} 年度的数据，请直接编辑这个文件。");
        return new NewYearResult(null, []);
    }
}
