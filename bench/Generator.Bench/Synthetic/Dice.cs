namespace Generator.Bench.Synthetic;

/// <summary>
/// The random draws the synthetic data needs, over a seeded <see cref="Random"/>: a seeded Random
/// gives the same sequence on every machine and .NET version, so the same seed writes the same files.
/// </summary>
internal sealed class Dice(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>A seed for bureau <paramref name="index"/> that depends only on the run's seed and the index,
    /// so bureau 7 is the same whether 10 or 1,000 bureaus are written (the small set is a prefix of the big one).</summary>
    public static int SeedFor(int seed, int index) => unchecked((seed * 1_000_003) ^ (index * 7919) ^ 0x5bd1e995);

    /// <summary>Uniform in [min, max], both included.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public double Unit() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary><paramref name="count"/> different items in their original order.</summary>
    public IReadOnlyList<T> PickSome<T>(IReadOnlyList<T> items, int count)
    {
        var chosen = Enumerable.Range(0, items.Count).OrderBy(_ => _random.Next()).Take(Math.Min(count, items.Count)).Order();
        return [.. chosen.Select(i => items[i])];
    }

    /// <summary>A count with the given mean: Poisson for small means (most cells of the forms are 0 or small),
    /// a rounded normal for large ones, never negative.</summary>
    public int Count(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean < 30)
        {
            // Knuth's method: fine for the small means of tables 2 and 3.
            var limit = Math.Exp(-mean);
            var k = 0;
            var p = _random.NextDouble();
            while (p > limit)
            {
                k++;
                p *= _random.NextDouble();
            }

            return k;
        }

        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        var normal = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
        return Math.Max(0, (int)Math.Round(mean + (Math.Sqrt(mean) * normal)));
    }

    /// <summary>How many of <paramref name="n"/> things happen, each with <paramref name="probability"/>.</summary>
    public int Binomial(int n, double probability)
    {
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            k += _random.NextDouble() < probability ? 1 : 0;
        }

        return k;
    }

    /// <summary>Spreads <paramref name="total"/> over cells in proportion to <paramref name="weights"/> (a multinomial draw).</summary>
    public int[] Spread(int total, IReadOnlyList<double> weights)
    {
        var cells = new int[weights.Count];
        var sum = weights.Sum();
        for (var i = 0; i < total; i++)
        {
            var x = _random.NextDouble() * sum;
            var j = 0;
            while (j < cells.Length - 1 && x >= weights[j])
            {
                x -= weights[j];
                j++;
            }

            cells[j]++;
        }

        return cells;
    }

    /// <summary>Multiplies <paramref name="value"/> by a factor in [low, high]: year-to-year drift of a figure.</summary>
    public int Drift(int value, double low, double high) => Math.Max(0, (int)Math.Round(value * (low + (_random.NextDouble() * (high - low)))));
}
