using Generator.Data;
using Generator.Document;
using Generator.Document.Blocks;

namespace Generator.Serve.Editing;

/// <summary>
/// Which figure cell of the rendered report is which value of the year file. The tables come from templates that
/// staff may change, so the slots of the data (<see cref="TableSlots"/>) are matched to the document's tables and
/// checked cell by cell against what the table prints: a table whose rows or figures do not line up is not
/// editable at all, rather than writing a figure into the wrong row.
/// </summary>
internal sealed class CellMap
{
    private readonly Dictionary<string, CellSlot> _slots;

    private CellMap(IReadOnlyList<PlacedCell> cells, IReadOnlyList<string> problems, Dictionary<string, CellSlot> slots)
    {
        Cells = cells;
        Problems = problems;
        _slots = slots;
    }

    public static CellMap Empty { get; } = new([], [], []);

    /// <summary>Every figure cell found in the document, editable or not (then its slot says why).</summary>
    public IReadOnlyList<PlacedCell> Cells { get; }

    /// <summary>Why a table is not editable (Chinese), one line per table.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>The slot of a cell id as the data alone gives it (also for a table that did not line up).</summary>
    public CellSlot? Find(string id) => _slots.GetValueOrDefault(id);

    /// <summary>The slots of the data only, for checking an edit against the file as it is now on disk.</summary>
    public static CellMap OfData(Report report) => new([], [], Index(TableSlots.Of(report)));

    public static CellMap Of(Report report, ReportDocument document)
    {
        var slots = TableSlots.Of(report);
        var tables = document.Blocks.OfType<Table>().ToList();
        var cells = new List<PlacedCell>();
        var problems = new List<string>();
        foreach (var (number, rows) in slots)
        {
            var ordinal = tables.FindIndex(t => t.Caption.StartsWith($"表{number}", StringComparison.Ordinal)
                && (t.Caption.Length == 2 || !char.IsAsciiDigit(t.Caption[2])));
            if (ordinal < 0)
            {
                continue;
            }

            var table = tables[ordinal];
            var hasRowLabels = table.Rows.Any(r => r.Cells.Any(c => c.Kind == CellKind.RowHeader));
            var figureRows = table.Rows.Select((row, index) => (Row: row, Index: index))
                .Where(r => r.Row.Cells.Any(c => c.Kind == CellKind.Data)
                    && (hasRowLabels ? r.Row.Cells.Any(c => c.Kind == CellKind.RowHeader) : r.Index >= table.HeaderRowCount))
                .ToList();
            var placed = new List<PlacedCell>();
            var fits = figureRows.Count == rows.Count;
            for (var r = 0; fits && r < rows.Count; r++)
            {
                var data = figureRows[r].Row.Cells.Where(c => c.Kind == CellKind.Data).ToList();
                fits = data.Count == rows[r].Count;
                for (var c = 0; fits && c < data.Count; c++)
                {
                    fits = data[c].Text == rows[r][c].Text;
                    placed.Add(new PlacedCell(rows[r][c], ordinal, figureRows[r].Index, c));
                }
            }

            if (fits)
            {
                cells.AddRange(placed);
            }
            else
            {
                problems.Add($"表{number}的格子与数据文件中的数对不上（模板改动过这张表的行或列），这张表不能在页面上修改，请在编辑器中修改数据文件。");
            }
        }

        return new CellMap(cells, problems, Index(slots));
    }

    private static Dictionary<string, CellSlot> Index(IReadOnlyDictionary<int, IReadOnlyList<IReadOnlyList<CellSlot>>> slots) =>
        slots.Values.SelectMany(rows => rows.SelectMany(r => r)).ToDictionary(s => s.Id, StringComparer.Ordinal);
}
