using System.Globalization;
using System.Text;
using Generator.Data;
using Generator.Defaults;
using Generator.Diagnostics;

namespace Generator.Authoring;

/// <summary>
/// <c>init</c>: sets up a working folder for one bureau with what a downloaded executable carries — the
/// bureau's <c>data/&lt;id&gt;/bureau.yaml</c> and the year's file (through <see cref="NewYearFile"/>), the
/// JSON Schemas next to the data with <c>.vscode/settings.json</c> pointing the YAML extension at them (the
/// editor then works offline), the samples under <c>示例数据/</c> (outside <c>data/</c>, so <c>build</c> leaves
/// them alone) and 使用说明.txt. A file that is already there is kept as it is and listed.
/// </summary>
public static class WorkingFolder
{
    public const string SamplesFolder = "示例数据";
    public const string GuideName = "使用说明.txt";

    /// <summary>UTF-8 with a byte order mark: Notepad on older Windows reads a text file without one as GBK.</summary>
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static WorkingFolderResult Create(string folder, string bureauId, int year, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        var created = new List<string>();
        var kept = new List<string>();
        var files = new List<(string Path, byte[] Content)>();
        foreach (var schema in BuiltInFiles.Schemas)
        {
            files.Add(("schema/" + schema.Path, schema.Content));
        }

        foreach (var sample in BuiltInFiles.Samples)
        {
            files.Add((SamplesFolder + "/" + sample.Path, sample.Content));
        }

        files.Add((".vscode/settings.json", Encoding.UTF8.GetBytes(EditorSettings())));
        files.Add((GuideName, [.. ByteOrderMark, .. BuiltInFiles.Guide.Content]));

        foreach (var (relative, content) in files)
        {
            var path = Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));
            var display = DisplayPath.Of(path);
            switch (NewFile.TryCreate(path, content))
            {
                case NewFileOutcome.Created:
                    created.Add(display);
                    break;
                case NewFileOutcome.Existed:
                    kept.Add(display);
                    break;
                default:
                    diagnostics.Error(DiagnosticCode.OutputFailed, new SourceSpan(display, 0, 0), $"无法写入 {display}",
                        "请检查这个文件夹是否可写、磁盘是否已满，或换一个文件夹运行 init。");
                    return new WorkingFolderResult(created, kept, null);
            }
        }

        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(data);
        var yearFile = Path.Combine(data, bureauId, year.ToString(CultureInfo.InvariantCulture) + ".yaml");
        if (File.Exists(yearFile))
        {
            kept.Add(DisplayPath.Of(yearFile));
            return new WorkingFolderResult(created, kept, null);
        }

        return new WorkingFolderResult(created, kept, NewYearFile.Create(data, bureauId, year, sources, diagnostics));
    }

    /// <summary>
    /// VS Code's YAML extension (yaml-language-server) associates the schemas by file name, for a year file
    /// whose first line (<c># yaml-language-server: $schema=…</c>) was lost; paths relative to the working folder.
    /// </summary>
    internal static string EditorSettings()
    {
        var format2019 = string.Join(", ", Years(2019, 2020));
        var format2021 = string.Join(", ", Years(2021, 2040));
        return $$"""
            {
              "yaml.schemas": {
                "./schema/bureau.schema.json": ["data/*/bureau.yaml", "{{SamplesFolder}}/*/bureau.yaml"],
                "./schema/report-2019.schema.json": [{{format2019}}],
                "./schema/report-2021.schema.json": [{{format2021}}]
              },
              "files.encoding": "utf8"
            }

            """.Replace("\r\n", "\n", StringComparison.Ordinal);

        // One pattern per year: yaml-language-server's patterns know only * (a [] range is taken literally).
        // The years of the official formats (2019 on) to 2040; every file new writes names its schema itself.
        static IEnumerable<string> Years(int first, int last) =>
            Enumerable.Range(first, last - first + 1)
                .SelectMany(y => new[] { $"\"data/*/{y}.yaml\"", $"\"{SamplesFolder}/*/{y}.yaml\"" });
    }
}
