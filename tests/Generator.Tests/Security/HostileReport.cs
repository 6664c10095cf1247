using System.Globalization;
using System.Text;
using Generator.Tests.Golden;

namespace Generator.Tests.Security;

/// <summary>
/// A complete, valid report whose every text field (title, the seven narrative fields, the bureau's
/// name, region, contact, website name and signature) holds the same hostile text, built through the
/// whole pipeline from YAML files like a real report.
/// </summary>
internal static class HostileReport
{
    private static readonly string BaseYear = File.ReadAllText(Path.Combine(TestPaths.Specs, "070-templates", "003-infinite-loop-stops", "data", "test", "2022.yaml"));

    /// <param name="website">The bureau's website; the hostile text itself in the website case.</param>
    /// <param name="lineText">What the one-line fields (names, title, contact) hold, when not <paramref name="text"/>.</param>
    public static CaseRunner.Outcome Build(string text, string website = "https://www.example.gov.cn/", string? lineText = null)
    {
        var root = TestPaths.NewTempFolder();
        try
        {
            var folder = Path.Combine(root, "data", "test");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "bureau.yaml"), BureauYaml(lineText ?? text, website), Encoding.UTF8);
            File.WriteAllText(Path.Combine(folder, "2022.yaml"), YearYaml(text, lineText ?? text), Encoding.UTF8);
            return CaseRunner.Build(Path.Combine(root, "data"), TestPaths.Templates, root);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string BureauYaml(string text, string website)
    {
        var q = Quote(text);
        return $"""
            agency: {q}
            region: {q}
            contact:
              office: {q}
              address: {q}
              postcode: {q}
              phone: {q}
            website: {Quote(website)}
            website_name: {q}
            signature: {q}

            """;
    }

    private static string YearYaml(string text, string lineText)
    {
        var q = Quote(text);
        return BaseYear
            .Replace("year: 2022\n", $"year: 2022\ntitle: {Quote(lineText)}\nstandard_intro: true\nintro: {q}\nsigned_on: 2023-01-20\n", StringComparison.Ordinal)
            .Replace("overview: |\n  本年度政务公开工作总体平稳。\n", $"overview: {q}\n", StringComparison.Ordinal)
            .Replace("proactive_disclosure:\n", $"proactive_disclosure:\n  note: {q}\n", StringComparison.Ordinal)
            .Replace("requests:\n", $"requests:\n  note: {q}\n", StringComparison.Ordinal)
            .Replace("appeals:\n", $"appeals:\n  note: {q}\n", StringComparison.Ordinal)
            .Replace("problems_and_improvements: |\n  信息发布的及时性仍需提高。\n", $"problems_and_improvements: {q}\n", StringComparison.Ordinal)
            .Replace("other_matters: |\n  无。\n", $"other_matters: {q}\n", StringComparison.Ordinal);
    }

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="text"/>, control characters included.</summary>
    private static string Quote(string text)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => sb.Append("\\\""),
                '\\' => sb.Append("\\\\"),
                '\n' => sb.Append("\\n"),
                '\t' => sb.Append("\\t"),
                _ when c < ' ' || c is '\u007f' or (>= '\u0080' and <= '\u009f') or '\u2028' or '\u2029' or '\ufeff' =>
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => sb.Append(c),
            };
        }

        return sb.Append('"').ToString();
    }
}
