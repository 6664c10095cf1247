using System.Globalization;
using Generator.Tests.Import.Fixtures;
using Xunit.Abstractions;

namespace Generator.Tests.Import;

/// <summary>
/// Realistic inputs without real reports' prose: every sample, rendered by this program, rewritten in each
/// portal-like HTML style and each word processor's .docx habits (<see cref="PortalStyle.All"/>), must import
/// with 100 % of its figures read and equal to the sample's.
/// </summary>
public sealed class PortalStyleTests(RoundTripTests.Samples built, ITestOutputHelper output) : IClassFixture<RoundTripTests.Samples>
{
    public static TheoryData<string> Styles() => [.. PortalStyle.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Styles))]
    public void Every_figure_of_every_sample_is_read_in_this_style(string name)
    {
        var style = PortalStyle.All.Single(s => s.Name == name);
        int read = 0, total = 0;
        var failures = new List<string>();
        foreach (var sample in Seeds.SampleReportTests.Samples())
        {
            var (bureau, year) = ((string)sample[0], (int)sample[1]);
            var folder = Path.Combine(built.OutFolder, bureau, year.ToString(CultureInfo.InvariantCulture));
            var source = File.ReadAllBytes(Path.Combine(folder, style.Extension == ".docx" ? "report.docx" : "report.html"));
            var input = Path.Combine(TestPaths.NewTempFolder(), $"{bureau}-{year}-{style.Name}{style.Extension}");
            var made = style.Make(source);
            Assert.False(made.AsSpan().SequenceEqual(source), "the style must change the report");
            File.WriteAllBytes(input, made);
            try
            {
                using var run = ImportRun.Of(input, bureau);
                var original = SampleFigures.Of(SampleFigures.Read(TestPaths.Data, bureau, year)!);
                var imported = run.Imported(bureau, year) is { } report ? SampleFigures.Of(report) : [];
                total += original.Count;
                var same = original.Count(f => imported.TryGetValue(f.Key, out var v) && v == f.Value);
                read += same;
                if (same != original.Count || run.File.CellsUnread > 0)
                {
                    failures.Add($"{bureau} {year}: {same}/{original.Count} figures, {run.File.CellsUnread} unread\n{run.Diagnostics}");
                }
            }
            finally
            {
                Directory.Delete(Path.GetDirectoryName(input)!, recursive: true);
            }
        }

        output.WriteLine($"{name}: {read}/{total} figures read ({100.0 * read / total:0.0} %)");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
