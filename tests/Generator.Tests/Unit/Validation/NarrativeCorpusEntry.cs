namespace Generator.Tests.Unit.Validation;

/// <summary>
/// One sentence of the N1 corpus (<c>NarrativeCorpus/corpus.tsv</c>): the tables it is checked against
/// and what the check must say about it.
/// </summary>
/// <param name="Expect">agree, none, warn, blank or info (see the corpus header).</param>
/// <param name="Checks">For warn and info: quoted/table/cell; for blank: quoted/cell. One per expected diagnostic.</param>
internal sealed record NarrativeCorpusEntry(int Line, string Expect, string Format, string Table, string Sentence, IReadOnlyList<string[]> Checks)
{
    public bool IsPlantedDisagreement => Expect is "warn" or "blank";

    public static IReadOnlyList<NarrativeCorpusEntry> Load(string path)
    {
        var entries = new List<NarrativeCorpusEntry>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            Assert.True(columns.Length == 5, $"corpus.tsv({i + 1}): expected 5 tab-separated columns, found {columns.Length}");
            Assert.Contains(columns[0], (string[])["agree", "none", "warn", "blank", "info"]);
            var checks = columns[4].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.Split('/')).ToList();
            entries.Add(new NarrativeCorpusEntry(i + 1, columns[0], columns[1], columns[2], columns[3], checks));
        }

        return entries;
    }

    public override string ToString() => $"corpus.tsv({Line}) [{Expect}] {Sentence}";
}
