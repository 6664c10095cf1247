using Generator.Data;
using Generator.Import.Source;

namespace Generator.Import.Recognizing;

/// <summary>
/// What was recognised in a published report: year, format, names, narrative as Markdown, and every figure
/// of the three tables in the data file's terms. Cells that could not be read carry their doubt.
/// </summary>
internal sealed class ImportedReport
{
    public int? Year { get; set; }

    public ReportFormat Format { get; set; }

    /// <summary>Why the format was chosen, for the summary line (“表1 有本年制发件数”).</summary>
    public string FormatReason { get; set; } = string.Empty;

    /// <summary>The title as published, white space removed.</summary>
    public string? Title { get; set; }

    /// <summary>The agency as the title names it (the title before its year), or null.</summary>
    public string? Agency { get; set; }

    public string? Signature { get; set; }

    public DateOnly? SignedOn { get; set; }

    /// <summary>
    /// Narrative fields by their key in the data file (<c>intro</c>, <c>overview</c>, <c>requests.note</c>…): the
    /// paragraphs, list items and sub-headings, each as Markdown (a sub-heading already written <c>#</c>).
    /// </summary>
    public Dictionary<string, List<SourceText>> Narrative { get; } = new(StringComparer.Ordinal);

    /// <summary>The introduction is the one the engine writes (<c>standard_intro: true</c>), found by rendering it.</summary>
    public bool StandardIntro { get; set; }

    /// <summary>The information processing fee as YAML money (<c>0元</c>), when section 六 says it as the engine's sentence does.</summary>
    public string? ProcessingFee { get; set; }

    /// <summary>Table 1 by row key (<c>rules</c>, <c>fees</c>…): the values in the order of the data file's fields.</summary>
    public Dictionary<string, ImportedValue[]> Proactive { get; } = new(StringComparer.Ordinal);

    /// <summary>Table 2 by row path (<c>received</c>, <c>withheld.state_secret</c>): six columns and the published 总计 (7 values), or six when no 总计 was printed.</summary>
    public Dictionary<string, ImportedValue[]> Requests { get; } = new(StringComparer.Ordinal);

    /// <summary>Table 3 by group (<c>reconsideration</c>, <c>direct_suit</c>, <c>suit_after_reconsideration</c>): four results and the published 总计.</summary>
    public Dictionary<string, ImportedValue[]> Appeals { get; } = new(StringComparer.Ordinal);

    /// <summary>What the reader noticed, in Chinese, for the file's header comment and the user (a row not found, a row twice).</summary>
    public List<string> Notes { get; } = [];

    public IEnumerable<ImportedValue> Figures => Proactive.Values.Concat(Requests.Values).Concat(Appeals.Values).SelectMany(v => v);

    public int FiguresRead => Figures.Count(f => f.IsRead);

    public int CellsUnread => Figures.Count(f => !f.IsRead);
}
