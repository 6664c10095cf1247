using System.Globalization;
using System.Text;
using Generator.Bench.Measuring;

namespace Generator.Bench.Reporting;

/// <summary>The results as a table, for the console (aligned text) and as Markdown for docs/PERFORMANCE.md.</summary>
internal static class ResultTable
{
    private static readonly string[] Header = ["Measurement", "Reports", "Runs", "Build s", "Wall s", "Reports/s", "Peak MB", "Target", "Result"];

    public static string Text(IReadOnlyList<Measurement> measurements)
    {
        var rows = measurements.Select(Cells).Prepend(Header).ToList();
        var widths = Enumerable.Range(0, Header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var (row, index) in rows.Select((r, i) => (r, i)))
        {
            text.AppendLine(string.Join("  ", row.Select((cell, c) => Pad(cell, widths[c], rightAlign: c is > 0 and < 7))).TrimEnd());
            if (index == 0)
            {
                text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
            }
        }

        return text.ToString();
    }

    public static string Markdown(IReadOnlyList<Measurement> measurements)
    {
        var text = new StringBuilder();
        text.AppendLine("| " + string.Join(" | ", Header) + " |");
        text.AppendLine("|---|" + string.Concat(Enumerable.Repeat("--:|", 6)) + "---|---|");
        foreach (var row in measurements.Select(Cells))
        {
            text.AppendLine("| " + string.Join(" | ", row) + " |");
        }

        return text.ToString();
    }

    private static string[] Cells(Measurement m) =>
    [
        m.Name,
        m.Reports.ToString("N0", CultureInfo.InvariantCulture),
        m.Runs.Count.ToString(CultureInfo.InvariantCulture),
        double.IsNaN(m.BuildSeconds) ? "–" : m.BuildSeconds.ToString("0.00", CultureInfo.InvariantCulture),
        m.WallSeconds.ToString("0.00", CultureInfo.InvariantCulture),
        m.ReportsPerSecond.ToString("N0", CultureInfo.InvariantCulture),
        m.PeakMegabytes?.ToString("N0", CultureInfo.InvariantCulture) ?? "–",
        m.Target?.Text ?? "reference",
        m.Passed switch { true => "PASS", false => "FAIL", null => string.Empty },
    ];

    /// <summary>The table's text is ASCII apart from a few symbols (≥, ≤, →), each one column wide, so Length is the width.</summary>
    private static string Pad(string cell, int width, bool rightAlign) => rightAlign ? cell.PadLeft(width) : cell.PadRight(width);
}
