using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Generator.Tests.Security;

/// <summary>
/// Finds what a browser would run or load in an HTML page beyond what the page's own template put
/// there (the baseline: the same report built from harmless text).
/// </summary>
internal static class UnsafeHtml
{
    /// <summary>Elements that run script, load or embed content, or change how the page is read; counted against the baseline.</summary>
    private static readonly string[] Dangerous =
    [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "base", "meta", "link", "style",
        "form", "input", "button", "textarea", "select", "img", "video", "audio", "source", "track", "picture", "template",
        "noscript", "portal", "image", "details", "dialog", "marquee",
    ];

    /// <summary>Attributes whose value a browser follows as a URL.</summary>
    private static readonly string[] UrlAttributes =
        ["href", "src", "action", "formaction", "xlink:href", "background", "poster", "data", "codebase", "cite", "srcset", "ping", "lowsrc", "dynsrc"];

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static List<string> Problems(IDocument page, IDocument baseline)
    {
        var problems = new List<string>();
        foreach (var tag in Dangerous)
        {
            var count = page.GetElementsByTagName(tag).Length;
            var expected = baseline.GetElementsByTagName(tag).Length;
            if (count != expected)
            {
                problems.Add($"<{tag}>: {count} elements, the template alone makes {expected}");
            }
        }

        var allowed = Attributes(baseline).Append(("a", "href")).ToHashSet();
        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                var tag = element.LocalName.ToLowerInvariant();
                if (name.StartsWith("on", StringComparison.Ordinal))
                {
                    problems.Add($"<{tag} {name}=…>: event handler attribute");
                }

                if (!allowed.Contains((tag, name)))
                {
                    problems.Add($"<{tag} {name}=…>: attribute the template does not make");
                }

                if (UrlAttributes.Contains(name) && !IsSafeUrl(attribute.Value))
                {
                    problems.Add($"<{tag} {name}=\"{attribute.Value}\">: unsafe URL");
                }

                if (name == "style" && (attribute.Value.Contains("url(", StringComparison.OrdinalIgnoreCase)
                                        || attribute.Value.Contains("expression", StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"<{tag} style=\"{attribute.Value}\">: style that loads or runs something");
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Whether a browser following the URL stays on http, https or mailto. Written independently of the
    /// engine's own check, the way browsers read a URL: surrounding spaces and controls are ignored,
    /// tabs and line breaks inside are removed, the scheme is case-insensitive, and a URL without a
    /// scheme (relative, <c>//host</c>) is not accepted.
    /// </summary>
    public static bool IsSafeUrl(string url)
    {
        var cleaned = new string([.. url.Trim('\u0000', ' ', '\t', '\n', '\r', '\f', '\u000b').Where(c => c is not ('\t' or '\n' or '\r'))]);
        // The report's own 一图读懂, beside it in the same folder: the page's template links it, nothing in the data can.
        return cleaned is "graphic.svg" or "graphic.png"
               || cleaned.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
               || cleaned.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
               || cleaned.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<(string Tag, string Name)> Attributes(IDocument page) =>
        page.All.SelectMany(e => e.Attributes.Select(a => (e.LocalName.ToLowerInvariant(), a.Name.ToLowerInvariant())));
}
