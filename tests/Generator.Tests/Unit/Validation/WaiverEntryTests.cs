using System.Text.RegularExpressions;
using Generator.Tests.Golden;

namespace Generator.Tests.Unit.Validation;

/// <summary>
/// Every waivable violation in the spec cases ends its hint with the waiver entry to copy; copied into the file
/// as the hint says, it must turn exactly that violation into GEN0210 (照录) — the hint never sends staff to
/// delete a published figure, and what it offers works.
/// </summary>
public sealed partial class WaiverEntryTests
{
    public static TheoryData<string> CasesWithWaivableViolations()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(TestPaths.Specs, "*", SearchOption.TopDirectoryOnly)
                     .SelectMany(Directory.EnumerateDirectories).Order(StringComparer.Ordinal))
        {
            var expected = Directory.EnumerateFiles(folder, "*.approved.txt").Select(File.ReadAllText);
            // An import case's year file is what the command creates, not in its data/: the entries it offers are checked by --as-published (097-import/003).
            var import = File.Exists(Path.Combine(folder, "args.txt")) && File.ReadLines(Path.Combine(folder, "args.txt")).FirstOrDefault() == "import";
            if (Directory.Exists(Path.Combine(folder, "data")) && !import && expected.Any(t => t.Contains("waivers:\n", StringComparison.Ordinal)))
            {
                data.Add(Path.GetRelativePath(TestPaths.Specs, folder));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CasesWithWaivableViolations))]
    public void The_entry_in_the_hint_waives_its_violation(string name)
    {
        var data = TestPaths.CopyToTemp(Path.Combine(TestPaths.Specs, name, "data"));
        var build = CaseRunner.Build(data, TestPaths.Templates, data);
        var offered = build.Result.Diagnostics.Where(d => d.Hint?.Contains("waivers:\n", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(offered);
        Assert.DoesNotContain(build.Result.Diagnostics, d => d.Hint?.Contains("删去", StringComparison.Ordinal) == true);

        foreach (var violation in offered)
        {
            var entry = Entry().Match(violation.Hint!).Groups["entry"].Value;
            var file = Path.Combine(data, violation.Span.File);
            Assert.Contains(violation.Span.File, violation.Hint!, StringComparison.Ordinal);
            var original = File.ReadAllText(file);
            var text = original.Contains("\nwaivers:", StringComparison.Ordinal)
                ? original.Replace("\nwaivers:\n", "\nwaivers:\n" + entry + "\n", StringComparison.Ordinal)
                : original.TrimEnd('\n') + "\nwaivers:\n" + entry + "\n";
            File.WriteAllText(file, text);

            var again = CaseRunner.Build(data, TestPaths.Templates, data);
            File.WriteAllText(file, original);

            Assert.DoesNotContain(again.Result.Diagnostics, d => d.Code == violation.Code && d.Span == violation.Span);
            Assert.Contains(again.Result.Diagnostics, d => d.Code == "GEN0210" && d.Span == violation.Span);
            Assert.DoesNotContain(again.Result.Diagnostics, d => d.Code is "GEN0211" or "GEN0114" or "GEN0002" or "GEN0120");
        }
    }

    /// <summary>The line of the hint to put under waivers:, with its indentation.</summary>
    [GeneratedRegex(@"\nwaivers:\n(?<entry>  - \{[^\n]*\})")]
    private static partial Regex Entry();
}
