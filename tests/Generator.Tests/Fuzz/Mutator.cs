namespace Generator.Tests.Fuzz;

/// <summary>
/// Breaks a text file the way hands and tools do: lines deleted, duplicated or swapped, characters
/// replaced or removed, the file cut short, and snippets of YAML or Scriban syntax dropped in at
/// random places. Driven by a seed, so a failing case is reproduced from the seed alone.
/// </summary>
internal static class Mutator
{
    public static readonly string[] YamlSnippets =
    [
        ": ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "&a [1, 2]", "*b", "<<: *a", "\t", "\u3000", "~", "\"", "'", "|", ">",
        "#", "---", "...", "? ", "!!binary ", "!tag ", "%YAML 1.1", "0x10", "1e400", "-0", "99999999999999999999", "null",
        "\u0000", "\u0001", "\ufeff", "\r", "\n", "\n  ", "  x: 1\n", "[[[[[[[[", "{a: {b: {c:", "【待填写】", "<script>", "[x](javascript:1)",
    ];

    public static readonly string[] ScribanSnippets =
    [
        "{{", "}}", "{{ end }}", "{{ for x in 1..3 }}", "{{ if true }}", "{{ else }}", "{{ while true }}", "{{ include 'x' }}",
        "{{ include '../../data' }}", "{{ report. }}", "{{ report.requests }}", "{{ bureau }}", "{{ func f; f; end; f }}", "{{ x = x + x }}",
        "```", "```table t\n", "```narrative overview\n", "```signature\n", "```pagebreak\n", "{h c2} ", "{r9} ", "|", "---\n", "# ",
        "{{ date.now }}", "{{ object.eval '1' }}", "{{ 1/0 }}", "{{ \"a\" * 99999999 }}", "{{ [1,2][5] }}", "{{ null.x }}", "\u0000",
        "{{ cn_date null }}", "{{ money 1 }}", "{{ total_of 1 }}", "{{~", "~}}", "{%", "{{ 'x' | string.pad_left 99999999 }}",
    ];

    public static string Mutate(string text, int seed, int count, string[] snippets)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            text = Once(text, random, snippets);
        }

        return text;
    }

    private static string Once(string text, Random random, string[] snippets)
    {
        var lines = text.Split('\n').ToList();
        var line = random.Next(lines.Count);
        var position = random.Next(text.Length + 1);
        switch (random.Next(8))
        {
            case 0:
                lines.RemoveAt(line);
                return string.Join('\n', lines);
            case 1:
                lines.Insert(line, lines[random.Next(lines.Count)]);
                return string.Join('\n', lines);
            case 2:
                var other = random.Next(lines.Count);
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return string.Join('\n', lines);
            case 3:
                return position < text.Length ? text.Remove(position, 1) : text;
            case 4:
                return position < text.Length ? text.Remove(position, 1).Insert(position, ((char)random.Next(0x20, 0x7f)).ToString()) : text;
            case 5:
                return text[..position];
            case 6:
                // Within the line's indentation, where YAML and Markdown are most sensitive.
                var indent = lines[line].TakeWhile(c => c == ' ').Count();
                lines[line] = lines[line].Insert(random.Next(indent + 1), snippets[random.Next(snippets.Length)]);
                return string.Join('\n', lines);
            default:
                return text.Insert(position, snippets[random.Next(snippets.Length)]);
        }
    }
}
