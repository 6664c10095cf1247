using System.Globalization;
using System.Text;

namespace Generator.Tests.Security;

/// <summary>The corpus in <c>xss-payloads.txt</c>, with its escapes (<c>\t \n \r \uXXXX</c>) decoded.</summary>
internal static class XssPayloads
{
    public static IReadOnlyList<string> All { get; } = Load();

    private static List<string> Load() =>
        [.. File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "tests", "Generator.Tests", "Security", "xss-payloads.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(Decode)];

    private static string Decode(string line)
    {
        var sb = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                switch (line[i + 1])
                {
                    case 't': sb.Append('\t'); i++; continue;
                    case 'n': sb.Append('\n'); i++; continue;
                    case 'r': sb.Append('\r'); i++; continue;
                    case 'u' when i + 5 < line.Length:
                        sb.Append((char)int.Parse(line.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 5;
                        continue;
                }
            }

            sb.Append(line[i]);
        }

        return sb.ToString();
    }
}
