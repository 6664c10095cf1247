using System.Globalization;
using System.Text;
using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Authoring;

/// <summary>
/// <c>new</c>: starts <c>data/&lt;bureau&gt;/&lt;year&gt;.yaml</c> from the bureau's latest earlier year, in the
/// official format of the new year; for a bureau without <c>bureau.yaml</c> also a blank one. Never
/// overwrites: an existing year file is an error (GEN0403).
/// </summary>
public static class NewYearFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static NewYearResult Create(string dataFolder, string bureauId, int year, SourceTextCache sources, DiagnosticBag diagnostics, string? displayBase = null)
    {
        var folder = Path.Combine(dataFolder, bureauId);
        var target = Path.Combine(folder, year.ToString(CultureInfo.InvariantCulture) + ".yaml");
        var targetDisplay = DisplayPath.Of(target, displayBase);
        var data = new DataFolder(dataFolder, displayBase);
        if (!data.RootExists(diagnostics))
        {
            return new NewYearResult(null, null, []);
        }

        if (File.Exists(target))
        {
            return Exists(targetDisplay, year, diagnostics);
        }

        var latest = data.Find(bureauId, null, new DiagnosticBag()).Where(s => s.Year < year).MaxBy(s => s.Year);
        Report? previous = null;
        if (latest is not null)
        {
            previous = data.ReadFigures(latest, sources, diagnostics);
            if (previous is null)
            {
                return new NewYearResult(null, null, []);
            }
        }

        var (text, notes) = YearFileWriter.Write(year, previous);
        var bureauFile = Path.Combine(folder, "bureau.yaml");
        string? createdBureau = null;
        if (!File.Exists(bureauFile))
        {
            // A bureau seen for the first time: give staff the file every bureau needs, to fill in beside the year.
            if (!TryCreate(bureauFile, BureauFileWriter.Text, out _))
            {
                return Failed(DisplayPath.Of(bureauFile, displayBase), diagnostics);
            }

            createdBureau = DisplayPath.Of(bureauFile, displayBase);
        }

        if (!TryCreate(target, text, out var existed))
        {
            return existed ? Exists(targetDisplay, year, diagnostics) : Failed(targetDisplay, diagnostics);
        }

        return new NewYearResult(targetDisplay, createdBureau, notes);
    }

    private static bool TryCreate(string path, string text, out bool existed)
    {
        var outcome = NewFile.TryCreate(path, Utf8.GetBytes(text));
        existed = outcome == NewFileOutcome.Existed;
        return outcome == NewFileOutcome.Created;
    }

    private static NewYearResult Failed(string display, DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticCode.OutputFailed, new SourceSpan(display, 0, 0), "无法写入新的数据文件",
            "请检查数据文件夹是否可写、磁盘是否已满，以及路径上是否有同名的文件占用了文件夹的名字。");
        return new NewYearResult(null, null, []);
    }

    private static NewYearResult Exists(string targetDisplay, int year, DiagnosticBag diagnostics)
    {
        diagnostics.Error(DiagnosticCode.FileExists, new SourceSpan(targetDisplay, 0, 0), "该数据文件已存在，new 不会覆盖已有的数据文件",
            $"要重新建立，请先把它改名或移走；要修改 {year} 年度的数据，请直接编辑这个文件。");
        return new NewYearResult(null, null, []);
    }
}
