using System.Text;
using Generator.Diagnostics;
using Xunit.Abstractions;

namespace Generator.Tests.Unit.Validation;

/// <summary>
/// Runs the N1 check over the corpus of narrative sentences (<c>NarrativeCorpus/corpus.tsv</c>): every
/// planted disagreement is a warning naming both numbers and the table cell; no sentence that agrees with
/// its table, or whose numbers are not table figures, gets a warning; unsure readings are infos. The
/// corpus figures (sentences, planted disagreements, flagged, false alarms, infos) are printed.
/// </summary>
public sealed class NarrativeCorpusTests(ITestOutputHelper output)
{
    private static readonly string CorpusPath = Path.Combine(TestPaths.RepoRoot, "tests", "Generator.Tests", "Unit", "Validation", "NarrativeCorpus", "corpus.tsv");

    [Fact]
    public void Every_corpus_sentence_gets_what_it_expects()
    {
        var entries = NarrativeCorpusEntry.Load(CorpusPath);
        var failures = new StringBuilder();
        int planted = 0, flagged = 0, falseAlarms = 0, infos = 0, expectedInfos = 0, infosAsExpected = 0;
        foreach (var entry in entries)
        {
            var (report, diagnostics) = ReaderRun.Report(NarrativeCorpusTables.Yaml(entry.Format, entry.Table, entry.Sentence), checkRelations: true);
            Assert.True(report is not null && ReaderRun.InputErrors(diagnostics).Count == 0,
                $"{entry}: the corpus tables do not read: {string.Join("; ", diagnostics.Items.Select(d => d.Message))}");
            var warnings = diagnostics.Items.Where(d => d.Code == DiagnosticCode.NarrativeFigureMismatch.Id).ToList();
            var unsure = diagnostics.Items.Where(d => d.Code == DiagnosticCode.NarrativeFigureUnsure.Id).ToList();
            infos += unsure.Count;

            // Every sentence with what it got, for reading the messages (dotnet test --logger "console;verbosity=detailed").
            output.WriteLine(entry.ToString());
            foreach (var d in warnings.Concat(unsure))
            {
                output.WriteLine($"    {d.Code} {d.Message}");
            }

            var problem = entry.Expect switch
            {
                "agree" or "none" => warnings.Count + unsure.Count == 0 ? null : "expected no N1 diagnostic",
                "warn" or "blank" => unsure.Count == 0 && Matches(warnings, entry) ? null : $"expected {entry.Checks.Count} GEN0231 naming the numbers and the cell",
                _ => warnings.Count == 0 && Matches(unsure, entry) ? null : $"expected {entry.Checks.Count} GEN0232 and no GEN0231",
            };

            if (entry.IsPlantedDisagreement)
            {
                planted += entry.Checks.Count;
                flagged += entry.Checks.Count(c => warnings.Exists(w => Names(w, entry, c)));
            }
            else
            {
                falseAlarms += warnings.Count;
            }

            if (entry.Expect == "info")
            {
                expectedInfos += entry.Checks.Count;
                infosAsExpected += entry.Checks.Count(c => unsure.Exists(w => Names(w, entry, c)));
            }

            if (problem is not null)
            {
                failures.Append(entry).Append(": ").Append(problem).Append('\n');
                foreach (var d in warnings.Concat(unsure))
                {
                    failures.Append("    ").Append(d.Code).Append(' ').Append(d.Message).Append('\n');
                }
            }
        }

        var figures = $"N1 语料：句子 {entries.Count}，计划的不一致 {planted}，报出（警告）{flagged}，误报（不应有的警告）{falseAlarms}，"
            + $"提示 {infos}（预期的不能确定 {expectedInfos}，报出 {infosAsExpected}）";
        output.WriteLine(figures);
        Console.WriteLine(figures);
        Assert.True(failures.Length == 0, figures + "\n" + failures);
        Assert.True(entries.Count >= 80, "the corpus has fewer than 80 sentences");
        Assert.Equal(planted, flagged);
        Assert.Equal(0, falseAlarms);
    }

    /// <summary>Each check is met by its own diagnostic, and there are no others.</summary>
    private static bool Matches(List<Diagnostic> found, NarrativeCorpusEntry entry) =>
        found.Count == entry.Checks.Count && entry.Checks.All(c => found.Exists(d => Names(d, entry, c)));

    /// <summary>The message quotes the narrative's number, gives the table's (unless blank) and names the cell.</summary>
    private static bool Names(Diagnostic d, NarrativeCorpusEntry entry, string[] check) =>
        entry.Expect == "blank"
            ? d.Message.Contains(check[0], StringComparison.Ordinal) && d.Message.Contains("留空", StringComparison.Ordinal) && d.Message.Contains(check[1], StringComparison.Ordinal)
            : d.Message.Contains(check[0], StringComparison.Ordinal) && d.Message.Contains(check[1], StringComparison.Ordinal) && d.Message.Contains(check[2], StringComparison.Ordinal);
}
