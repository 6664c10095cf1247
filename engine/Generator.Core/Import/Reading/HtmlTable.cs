using AngleSharp.Dom;
using Generator.Diagnostics;
using Generator.Import.Source;

namespace Generator.Import.Reading;

/// <summary>An HTML table as written: each row's cells with their spans (absent or nonsense spans read as 1), each cell's text on one line.</summary>
internal static class HtmlTable
{
    private const int MaxSpan = 64;

    public static SourceTable Read(IElement table, Func<IElement, SourceSpan> spanOf)
    {
        var rows = new List<SourceRow>();
        foreach (var row in table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table))
        {
            var cells = new List<SourceCell>();
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                cells.Add(new SourceCell(CellText(cell), spanOf(cell), Span(cell, "rowspan"), Span(cell, "colspan")));
            }

            if (cells.Count > 0)
            {
                rows.Add(new SourceRow(cells, spanOf(row)));
            }
        }

        return new SourceTable(rows, spanOf(table));
    }

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute)?.Trim(), out var span) && span >= 1 ? Math.Min(span, MaxSpan) : 1;

    /// <summary>The cell's text, its paragraphs and line breaks as spaces; hidden parts and scripts left out.</summary>
    public static string CellText(IElement cell)
    {
        var text = new System.Text.StringBuilder();
        Append(cell, text, 0);
        return TextTidy.Collapse(text.ToString()).Trim();
    }

    private static void Append(INode node, System.Text.StringBuilder text, int depth)
    {
        if (depth > ImportLimits.MaxDepth)
        {
            return;
        }

        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when e.LocalName is "script" or "style" or "noscript" or "template":
                    break;
                case IElement e when e.GetAttribute("style") is { } style && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase):
                    break;
                case IElement e when e.LocalName is "br":
                    text.Append('\n');
                    break;
                case IElement e:
                    var block = e.LocalName is "p" or "div" or "li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
                    if (block)
                    {
                        text.Append('\n');
                    }

                    Append(e, text, depth + 1);
                    if (block)
                    {
                        text.Append('\n');
                    }

                    break;
            }
        }
    }
}
