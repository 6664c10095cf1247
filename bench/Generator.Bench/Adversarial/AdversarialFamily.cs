using System.Text;

namespace Generator.Bench.Adversarial;

/// <summary>Where a family's text is put: in a narrative field of the year file, or literally in the main template.</summary>
internal enum InputPlace
{
    Narrative,
    Template,
}

/// <summary>
/// One class of input that a careless parser reads in more than linear time, grown to any size. The
/// text is made by <see cref="Make"/> for a size in UTF-8 bytes (it may come out a little shorter).
/// </summary>
/// <param name="Name">Short name for the command line and the table.</param>
/// <param name="Shape">What the text looks like, for the table (e.g. <c>[a]( × n</c>).</param>
internal sealed record AdversarialFamily(string Name, InputPlace Place, string Shape, Func<int, string> Make)
{
    /// <summary>A family whose text is <paramref name="unit"/> repeated to the size asked for.</summary>
    public static AdversarialFamily Repeat(string name, InputPlace place, string unit) =>
        new(name, place, Describe(unit) + " × n", bytes => Repeated(unit, bytes));

    public static string Repeated(string unit, int bytes)
    {
        var count = Math.Max(1, bytes / Encoding.UTF8.GetByteCount(unit));
        return new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();
    }

    /// <summary>The unit as the table shows it: line breaks as <c>\n</c>, in code quotes.</summary>
    public static string Describe(string unit) => "`" + unit.Replace("\n", "\\n", StringComparison.Ordinal).Replace("`", "ˋ", StringComparison.Ordinal) + "`";
}
