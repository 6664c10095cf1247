using System.Diagnostics;
using System.IO.Enumeration;
using Generator.Data;
using Generator.Diagnostics;
using Generator.Import.Reading;
using Generator.Import.Recognizing;
using Generator.Templating;

namespace Generator.Import;

/// <summary>
/// The façade behind <c>import</c>: reads each published report, writes its year file (and a <c>bureau.yaml</c>
/// for a new bureau), then checks every written file exactly as <c>validate</c> does (<see cref="DataFolder.Load(ReportSource, SourceTextCache, DiagnosticBag)"/>),
/// after all files are written, so that years imported together are checked against each other.
/// One file's problems never stop the others.
/// </summary>
public sealed partial class Importer(SourceTextCache sources)
{
    private readonly Dictionary<ReportFormat, TemplateSet?> _templates = [];

    public ImportResult Import(ImportOptions options, IImportProgress? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var general = new DiagnosticBag();
        var inputs = Inputs(options, general);
        progress?.Started(inputs.Count);
        var bureaus = new BureauDirectory(options.DataFolder);
        var written = new List<Written>();
        var results = new List<FileImport>(inputs.Count);
        foreach (var input in inputs)
        {
            var (file, done) = ImportOne(input, options, bureaus);
            results.Add(file);
            if (done is not null)
            {
                written.Add(done);
            }
        }

        // Checked once every file is written: a year is checked against the year before, imported in the same run or not.
        var data = new DataFolder(options.DataFolder, options.DisplayBase);
        for (var i = 0; i < results.Count; i++)
        {
            var done = written.FirstOrDefault(w => w.Index == i);
            if (done is not null)
            {
                results[i] = Check(results[i], done, options, bureaus, ref data);
            }

            progress?.Finished(results[i]);
        }

        if (general.Items.Count > 0)
        {
            results.Insert(0, new FileImport(string.Empty, Diagnostics: general.Items));
        }

        return new ImportResult(results, clock.Elapsed);
    }

    /// <summary>The files to import: each file given, every report file in each folder given (recursively, in name order).</summary>
    private static List<(int Index, string Path, string Display)> Inputs(ImportOptions options, DiagnosticBag diagnostics)
    {
        var files = new List<string>();
        foreach (var input in options.Inputs)
        {
            if (Directory.Exists(input))
            {
                if (!FolderFiles(input, files))
                {
                    diagnostics.Error(DiagnosticCode.ImportTooLarge, new SourceSpan(DisplayPath.Of(input, options.DisplayBase), 0, 0),
                        $"文件夹中的文件超过 {ImportLimits.MaxFolderEntries} 个，没有导入",
                        "请把要导入的报告放在一个单独的文件夹中再导入，不要选整个磁盘或网站的存档。");
                }
            }
            else if (File.Exists(input))
            {
                files.Add(input);
            }
            else
            {
                diagnostics.Error(DiagnosticCode.FileNotFound, new SourceSpan(DisplayPath.Of(input, options.DisplayBase), 0, 0), "找不到要导入的文件或文件夹",
                    "请检查路径是否写对；路径中有空格时请加引号。");
            }
        }

        return [.. files.Select((f, i) => (i, f, DisplayPath.Of(f, options.DisplayBase)))];
    }

    /// <summary>
    /// Adds the report files of a folder and its subfolders in name order. Links to folders are not followed (a
    /// link to / would walk the whole disk); files themselves are checked when read. False, adding nothing,
    /// when the folders hold more entries than an import ever needs: better one clear error than part of them.
    /// </summary>
    private static bool FolderFiles(string folder, List<string> files)
    {
        var found = new List<string>();
        var seen = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var entries = new FileSystemEnumerable<(string Path, bool Folder)>(folder, (ref FileSystemEntry e) => (e.ToSpecifiedFullPath(), e.IsDirectory), options)
        {
            // .NET follows a link to a folder when it recurses; a link to / would walk the whole disk.
            ShouldRecursePredicate = (ref FileSystemEntry e) => (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
        foreach (var (path, isFolder) in entries)
        {
            if (++seen > ImportLimits.MaxFolderEntries)
            {
                return false;
            }

            if (!isFolder && ReportFile.Extensions.Contains(Path.GetExtension(path)) && !Path.GetFileName(path).StartsWith('.'))
            {
                found.Add(path);
            }
        }

        files.AddRange(found.Order(StringComparer.Ordinal));
        return true;
    }

    /// <summary>A year file written, to be checked when all are.</summary>
    private sealed record Written(int Index, ImportedReport Report, string BureauId, int Year, string Path, string BureauFile, IReadOnlyList<string> Header,
        string? DefaultTitle, string? DefaultSignature, List<Diagnostic> Diagnostics);
}
