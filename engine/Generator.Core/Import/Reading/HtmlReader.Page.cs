using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Generator.Import.Reading;

/// <summary>What of a portal's page is not the report: by element, by the names portals give their parts, by style.</summary>
internal sealed partial class HtmlReader
{
    /// <summary>Elements that start a new block of text; everything else is inline.</summary>
    private static readonly HashSet<string> BlockNames = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "body", "blockquote", "center",
        "dl", "dt", "dd", "pre", "address", "figure", "figcaption", "li", "hr", "caption", "td", "th", "tr", "tbody", "thead", "tfoot",
    };

    /// <summary>Never text of the report: scripts and styles, forms and buttons, embedded frames, navigation and footers.</summary>
    private static readonly HashSet<string> SkippedNames = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "nav", "footer", "aside",
        "form", "button", "select", "input", "textarea", "head", "link", "meta", "title", "map", "audio", "video", "img",
    };

    private static bool IsHidden(IElement element)
    {
        if (SkippedNames.Contains(element.LocalName) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        if (element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "toolbar" or "search" or "menu" or "menubar")
        {
            return true;
        }

        // Portals name their navigation, toolbars (无障碍, 长辈版), share buttons and footers in class and id.
        var names = $"{element.GetAttribute("class")} {element.Id}";
        return names.Length > 1 && PortalPart().IsMatch(names);
    }

    /// <summary>A table used to lay the page out: one that holds another table, or has one cell per row.</summary>
    private static bool IsLayoutTable(IElement table)
    {
        if (table.QuerySelector("table") is not null)
        {
            return true;
        }

        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        return rows.Count > 0 && rows.All(r => r.Children.Count(c => c.LocalName is "td" or "th") <= 1)
            && table.QuerySelector("p, div, h1, h2, h3, ul, ol") is not null;
    }

    private static bool IsBoldStyle(IElement element) =>
        element.GetAttribute("style") is { } style && BoldStyle().IsMatch(style);

    private static bool IsRightAligned(IElement element) =>
        element.GetAttribute("align") is { } align && align.Equals("right", StringComparison.OrdinalIgnoreCase)
        || element.GetAttribute("style") is { } style && RightStyle().IsMatch(style)
        || element.ClassList.Contains("signature") || element.ParentElement?.ClassList.Contains("signature") == true;

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"font-weight\s*:\s*(bold|bolder|[6-9]00)", RegexOptions.IgnoreCase)]
    private static partial Regex BoldStyle();

    [GeneratedRegex(@"text-align\s*:\s*right", RegexOptions.IgnoreCase)]
    private static partial Regex RightStyle();

    [GeneratedRegex(@"(^|[\s_-])(nav|navbar|menu|footer|foot|share|bdshare|toolbar|breadcrumb|crumbs?|wza|barrier-free|accessib\w*|sidebar|topbar|top-bar|search|login|copyright|fontsize|font-size)([\s_-]|\d|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PortalPart();
}
