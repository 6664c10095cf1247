using System.Globalization;

namespace Generator.Bench.Adversarial;

/// <summary>Options of <c>generator-bench adversarial</c>.</summary>
/// <param name="Sizes">Input sizes in KB (1,024 bytes of UTF-8), ascending.</param>
/// <param name="Families">Names of the families to run; null for all.</param>
/// <param name="Limit">Seconds one measurement may take before it is stopped (and the larger sizes of its family skipped).</param>
/// <param name="MaxRatio">The largest allowed ratio of the highest to the lowest time per KB in a family.</param>
internal sealed record AdversarialOptions(
    IReadOnlyList<int> Sizes,
    IReadOnlyList<string>? Families = null,
    int Limit = 60,
    int Repeat = 3,
    double MaxRatio = 3,
    string? Markdown = null,
    string? Work = null)
{
    public const string Command = "adversarial";

    public static readonly IReadOnlyList<int> DefaultSizes = [64, 128, 256, 512, 960];

    public const string Usage = """
        usage: generator-bench adversarial [options]

        Grows each family of adversarial input (unclosed links, emphasis runs, nested brackets, …; see
        Adversarial/AdversarialFamilies.cs) through the sizes and times the whole report pipeline on it in a
        fresh process, less the same pipeline on the sample's own text. Prints the time per KB of each size
        and, per family, the ratio of the highest to the lowest: linear parsing keeps it flat. Options:
          --sizes A,B,…      sizes in KB [64,128,256,512,960]
          --family A,B,…     only these families (names as printed) [all]
          --limit S          stop a measurement after S seconds and skip the family's larger sizes [60]
          --repeat N         runs of each size; the best counts [3]
          --max-ratio R      a family passes when highest / lowest time per KB ≤ R [3]
          --markdown FILE    also write the table as Markdown (for docs/PERFORMANCE.md)
          --work DIR         keep the inputs in DIR (default: a temporary folder, deleted at the end)
        Exit code 0 when every family passes, 1 when one does not, 2 for a usage error.
        """;

    public static AdversarialOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new AdversarialOptions(DefaultSizes);
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h")
            {
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value";
                return null;
            }

            var value = args[++i];
            try
            {
                options = name switch
                {
                    "--sizes" => options with { Sizes = [.. value.Split(',').Select(v => Number(name, v, 1)).Order()] },
                    "--family" => options with { Families = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries)] },
                    "--limit" => options with { Limit = Number(name, value, 1) },
                    "--repeat" => options with { Repeat = Number(name, value, 1) },
                    "--max-ratio" => options with
                    {
                        MaxRatio = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r >= 1
                            ? r
                            : throw new FormatException($"{name} needs a number ≥ 1, not “{value}”"),
                    },
                    "--markdown" => options with { Markdown = value },
                    "--work" => options with { Work = value },
                    _ => throw new FormatException($"unknown option {name}"),
                };
            }
            catch (FormatException e)
            {
                error = e.Message;
                return null;
            }
        }

        var unknown = options.Families?.Where(f => AdversarialFamilies.All.All(a => a.Name != f)).ToList();
        if (unknown is { Count: > 0 })
        {
            error = $"unknown family {string.Join(", ", unknown)}; known: {string.Join(", ", AdversarialFamilies.All.Select(f => f.Name))}";
            return null;
        }

        return options;
    }

    private static int Number(string name, string value, int min) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
            ? n
            : throw new FormatException($"{name} needs whole numbers ≥ {min}, not “{value}”");
}
