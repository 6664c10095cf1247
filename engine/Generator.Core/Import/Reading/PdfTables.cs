using Generator.Diagnostics;
using Generator.Import.Source;
using static Generator.Import.Reading.PdfReader;

namespace Generator.Import.Reading;

/// <summary>
/// Tables rebuilt from their ruling lines: the lines that cross each other make one table; the distinct
/// positions of its vertical and horizontal lines make a grid; neighbouring grid cells with no border between
/// them are one merged cell (its rowspan and colspan). Each letter belongs to the cell it stands in.
/// </summary>
internal static class PdfTables
{
    private const double Tolerance = 1.5;
    private const int MaxColumns = 64;
    private const int MaxRows = 256;

    /// <summary>A table found on a page: its box (for reading order and for leaving its letters out of the text) and its rows.</summary>
    public sealed record Found(double Top, double Bottom, double Left, double Right, SourceTable Table);

    public static List<Found> Find(PdfPageText page, string file, HashSet<PdfLetter> used)
    {
        var found = new List<Found>();
        foreach (var group in Groups(page.Rules))
        {
            var xs = Cluster(group.Where(r => !r.Horizontal).Select(r => r.At)).Order().ToList();
            var ys = Cluster(group.Where(r => r.Horizontal).Select(r => r.At)).OrderDescending().ToList();
            if (xs.Count < 2 || ys.Count < 2 || xs.Count > MaxColumns || ys.Count > MaxRows)
            {
                // Not a table of a report (no official table has more than 15 columns or a page of more than ~40 rows): a drawing.
                continue;
            }

            found.Add(Build(group, xs, ys, page, file, used));
        }

        return found;
    }

    private static Found Build(List<PdfRule> rules, List<double> xs, List<double> ys, PdfPageText page, string file, HashSet<PdfLetter> used)
    {
        int rows = ys.Count - 1, columns = xs.Count - 1;
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var middleY = (ys[r] + ys[r + 1]) / 2;
                var middleX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns && !rules.Any(v => !v.Horizontal && Math.Abs(v.At - xs[c + 1]) < Tolerance && v.From - Tolerance <= middleY && v.To + Tolerance >= middleY))
                {
                    parent[Root((r * columns) + c + 1)] = Root((r * columns) + c);
                }

                if (r + 1 < rows && !rules.Any(h => h.Horizontal && Math.Abs(h.At - ys[r + 1]) < Tolerance && h.From - Tolerance <= middleX && h.To + Tolerance >= middleX))
                {
                    parent[Root(((r + 1) * columns) + c)] = Root((r * columns) + c);
                }
            }
        }

        // Each merged cell's extent in grid rows and columns.
        var extents = new Dictionary<int, (int Top, int Left, int Bottom, int Right)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var root = Root((r * columns) + c);
                extents[root] = extents.TryGetValue(root, out var e) ? (Math.Min(e.Top, r), Math.Min(e.Left, c), Math.Max(e.Bottom, r), Math.Max(e.Right, c)) : (r, c, r, c);
            }
        }

        var letters = extents.ToDictionary(e => e.Key, _ => new List<PdfLetter>());
        foreach (var letter in page.Letters)
        {
            var y = letter.Baseline + (letter.Size * 0.35);
            if (letter.Center < xs[0] || letter.Center > xs[^1] || y > ys[0] || y < ys[^1])
            {
                continue;
            }

            var c = xs.FindLastIndex(x => x <= letter.Center);
            var r = ys.FindLastIndex(v => v >= y);
            if (c >= 0 && c < columns && r >= 0 && r < rows)
            {
                letters[Root((r * columns) + c)].Add(letter);
                used.Add(letter);
            }
        }

        var span = new SourceSpan(file, 0, 0);
        var result = new List<SourceRow>();
        for (var r = 0; r < rows; r++)
        {
            var cells = extents.Where(e => e.Value.Top == r).OrderBy(e => e.Value.Left)
                .Select(e => new SourceCell(TextTidy.Collapse(PdfText.Lines(letters[e.Key])).Trim(), span, e.Value.Bottom - e.Value.Top + 1, e.Value.Right - e.Value.Left + 1))
                .ToList();
            if (cells.Count > 0)
            {
                result.Add(new SourceRow(cells, span));
            }
        }

        return new Found(ys[0], ys[^1], xs[0], xs[^1], new SourceTable(result, span));
    }

    /// <summary>Lines that touch or cross each other, as groups: one group per table.</summary>
    private static IEnumerable<List<PdfRule>> Groups(IReadOnlyList<PdfRule> rules)
    {
        var parent = Enumerable.Range(0, rules.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = i + 1; j < rules.Count; j++)
            {
                if (Touch(rules[i], rules[j]))
                {
                    parent[Root(j)] = Root(i);
                }
            }
        }

        return Enumerable.Range(0, rules.Count).GroupBy(Root).Select(g => g.Select(i => rules[i]).ToList())
            .Where(g => g.Count(r => r.Horizontal) >= 2 && g.Count(r => !r.Horizontal) >= 2);
    }

    private static bool Touch(PdfRule a, PdfRule b)
    {
        if (a.Horizontal == b.Horizontal)
        {
            return Math.Abs(a.At - b.At) < Tolerance && a.From <= b.To + Tolerance && b.From <= a.To + Tolerance;
        }

        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return v.At >= h.From - Tolerance && v.At <= h.To + Tolerance && h.At >= v.From - Tolerance && h.At <= v.To + Tolerance;
    }

    private static List<double> Cluster(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var value in values.Order())
        {
            if (result.Count == 0 || value - result[^1] > Tolerance)
            {
                result.Add(value);
            }
        }

        return result;
    }
}
