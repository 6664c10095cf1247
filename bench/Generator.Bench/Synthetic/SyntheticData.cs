using System.Text;

namespace Generator.Bench.Synthetic;

/// <summary>
/// Writes a data folder of made-up bureaus, each with its <c>bureau.yaml</c> and one file per year,
/// consistent within each year and from year to year. Deterministic: the same seed writes the same
/// bytes, and bureau <c>i</c> is the same whatever the number of bureaus.
/// </summary>
internal static class SyntheticData
{
    /// <summary>The years 2019–2020 use the 2019 format, so the default span covers both formats and the change between them.</summary>
    public const int DefaultFirstYear = 2019;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>The number of year files (reports) written.</returns>
    public static int Write(string folder, int bureaus, int years, int seed, int firstYear = DefaultFirstYear)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bureaus);
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        Directory.CreateDirectory(folder);
        for (var i = 1; i <= bureaus; i++)
        {
            var dice = new Dice(Dice.SeedFor(seed, i));
            var bureau = BureauProfile.Create(i, dice);
            var bureauFolder = Path.Combine(folder, bureau.Id);
            Directory.CreateDirectory(bureauFolder);
            File.WriteAllText(Path.Combine(bureauFolder, "bureau.yaml"), bureau.Yaml(), Utf8);
            YearFigures? previous = null;
            var said = new HashSet<string>(StringComparer.Ordinal);
            for (var year = firstYear; year < firstYear + years; year++)
            {
                var figures = YearFigures.Create(bureau, dice, year, previous);
                File.WriteAllText(Path.Combine(bureauFolder, $"{year}.yaml"), YearFileText.Write(bureau, figures, dice, said), Utf8);
                previous = figures;
            }
        }

        return bureaus * years;
    }
}
