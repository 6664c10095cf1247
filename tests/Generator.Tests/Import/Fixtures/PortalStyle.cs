namespace Generator.Tests.Import.Fixtures;

/// <summary>
/// One way real portals and word processors write a report: a name for the test, the file extension, and how
/// to turn the report this program built (its HTML or its Word file) into that form. The report's own prose is
/// the samples' (written for this project); no published report's text is used.
/// </summary>
internal sealed record PortalStyle(string Name, string Extension, Func<byte[], byte[]> Make)
{
    public override string ToString() => Name;

    /// <summary>Every style, each case of the issue on its own.</summary>
    public static IReadOnlyList<PortalStyle> All { get; } =
    [
        new("inline-style-soup", ".html", html => PortalPages.Page(PortalPages.InlineStyleSoup(html))),
        new("spaces-in-cells", ".html", html => PortalPages.Page(PortalPages.SpacesInCells(html))),
        new("breaks-in-cells", ".html", html => PortalPages.Page(PortalPages.BreaksInCells(html))),
        new("header-rows-as-td", ".html", html => PortalPages.Page(PortalPages.HeaderRowsAsTd(html))),
        new("spans-missing", ".html", html => PortalPages.Page(PortalPages.SpansMissing(html))),
        new("span-cell-per-row", ".html", html => PortalPages.Page(PortalPages.CellPerRow(html))),
        new("word-export", ".htm", PortalPages.WordExport),
        new("gbk-charset", ".html", PortalPages.Gbk),
        new("portal-page", ".html", PortalPages.InPortal),
        new("wps-docx", ".docx", WordVariants.Wps),
        new("word-docx", ".docx", WordVariants.Word),
    ];
}
