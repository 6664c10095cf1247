using System.Text;
using Generator.Building;
using Generator.Diagnostics;

namespace Generator.Tests.Golden;

/// <summary>Builds reports the way the CLI does and returns what a golden test compares.</summary>
internal static class CaseRunner
{
    public sealed record Outcome(BuildResult Result, string Diagnostics, IReadOnlyDictionary<string, byte[]> Bytes)
    {
        /// <summary>The written files as text, keyed by path below the output folder (<c>jiyuan/2021/report.html</c>).</summary>
        public IReadOnlyDictionary<string, string> Files { get; } =
            Bytes.ToDictionary(f => f.Key, f => System.Text.Encoding.UTF8.GetString(f.Value), StringComparer.Ordinal);
    }

    public static Outcome Build(string dataFolder, string templatesFolder, string displayBase, string? bureau = null, int? year = null)
    {
        var outFolder = TestPaths.NewTempFolder();
        try
        {
            var sources = new SourceTextCache();
            var result = new ReportBuilder(sources).Build(new BuildOptions(dataFolder, templatesFolder, outFolder, bureau, year, DisplayBase: displayBase));
            var text = new StringBuilder(new DiagnosticFormatter(sources).Format(result.Diagnostics));
            text.Append($"生成 {result.Reports.Count} 份，未生成 {result.Failed} 份{(result.Drafts > 0 ? $"，草稿 {result.Drafts} 份" : string.Empty)}\n");
            // The build's own bookkeeping (manifest, lock) is not output; out/index.html is.
            var files = Directory.EnumerateFiles(outFolder, "*", SearchOption.AllDirectories)
                .Where(f => !Path.GetRelativePath(outFolder, f).StartsWith(BuildManifest.FolderName, StringComparison.Ordinal))
                .ToDictionary(f => Path.GetRelativePath(outFolder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
            return new Outcome(result, text.ToString(), files);
        }
        finally
        {
            Directory.Delete(outFolder, recursive: true);
        }
    }
}
