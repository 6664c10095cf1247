namespace Generator.Tests.Unit.Validation;

/// <summary>
/// One row of table 2 or 3 of a generated report: its key path in the YAML file
/// (<c>requests.withheld.state_secret</c>), its parts (null = blank <c>~</c>) and the published total
/// written as the extra last element, if any.
/// </summary>
internal sealed record GeneratedRow(string Path, IReadOnlyList<int?> Parts, int? StatedTotal)
{
    /// <summary>The row with one figure changed: position <see cref="Parts"/>.Count is the stated total.</summary>
    public GeneratedRow With(int position, int value) => position == Parts.Count
        ? this with { StatedTotal = value }
        : this with { Parts = [.. Parts.Select((p, i) => i == position ? value : p)] };

    public int? this[int position] => position == Parts.Count ? StatedTotal : Parts[position];

    /// <summary>The figures written in the file, as positions: filled parts, then the stated total.</summary>
    public IEnumerable<int> FilledPositions =>
        Enumerable.Range(0, Parts.Count + 1).Where(i => this[i] is not null);

    public string Yaml()
    {
        var cells = Parts.Select(Cell).ToList();
        if (StatedTotal is not null)
        {
            cells.Add(Cell(StatedTotal));
        }

        return "[" + string.Join(", ", cells) + "]";
    }

    private static string Cell(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "~";
}
