using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Generator.Diagnostics;
using Generator.Import.Source;

namespace Generator.Import.Reading;

/// <summary>
/// Reads a saved web page: the portal's page around the report (navigation, toolbars, share buttons,
/// footer) left out by its markup, scripts never run (the parser has no scripting), then text blocks and
/// tables in reading order, with the line and column of each.
/// </summary>
internal sealed partial class HtmlReader
{
    private readonly string _file;
    private readonly List<SourceBlock> _blocks = [];
    private MarkdownText _paragraph = new();
    private SourceTextKind _kind = SourceTextKind.Paragraph;
    private int _level;
    private int _depth;
    private SourceSpan _start;

    private HtmlReader(string file)
    {
        _file = file;
        _start = new SourceSpan(file, 0, 0);
    }

    public static SourceDocument Read(byte[] bytes, string file) => Read(HtmlEncoding.Decode(bytes), file);

    public static SourceDocument Read(string html, string file)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true, IsScripting = false });
        var document = parser.ParseDocument(html);
        var reader = new HtmlReader(file);
        if (document.Body is { } body)
        {
            reader.Container(body);
            reader.Flush();
        }

        return new SourceDocument(file, "网页", reader._blocks);
    }

    private SourceSpan SpanOf(IElement element) =>
        element.SourceReference?.Position is { } p ? new SourceSpan(_file, p.Line, p.Column) : new SourceSpan(_file, 0, 0);

    /// <summary>Walks an element whose children may be blocks or inline content.</summary>
    private void Container(IElement element)
    {
        foreach (var child in element.ChildNodes)
        {
            Node(child, bold: false);
        }
    }

    private void Node(INode node, bool bold)
    {
        switch (node)
        {
            case IText text:
                Inline(text.Data, bold, text.ParentElement);
                return;
            case IElement element:
                Element(element, bold);
                return;
        }
    }

    private void Element(IElement element, bool bold)
    {
        if (IsHidden(element) || _depth >= ImportLimits.MaxDepth)
        {
            // Deeper than any report is nested: a hostile page, not text to read (and no stack to spend on it).
            return;
        }

        _depth++;
        try
        {
            Walk(element, bold);
        }
        finally
        {
            _depth--;
        }
    }

    private void Walk(IElement element, bool bold)
    {

        var name = element.LocalName;
        switch (name)
        {
            case "br":
                Flush();
                return;
            case "table" when IsLayoutTable(element):
                Flush();
                foreach (var cell in Cells(element))
                {
                    Container(cell);
                    Flush();
                }

                return;
            case "table":
                Flush();
                _blocks.Add(HtmlTable.Read(element, SpanOf));
                return;
            case "a":
                Link(element, bold);
                return;
            case "ul" or "ol":
                Flush();
                List(element, name == "ol");
                return;
        }

        if (!BlockNames.Contains(name))
        {
            var strong = bold || name is "b" or "strong" || IsBoldStyle(element);
            foreach (var child in element.ChildNodes)
            {
                Node(child, strong);
            }

            return;
        }

        // A block: what came before it is a paragraph of its own, and so is its inline content.
        Flush();
        var (kind, level) = name switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => (SourceTextKind.Heading, name[1] - '0'),
            _ when IsRightAligned(element) => (SourceTextKind.RightAligned, 0),
            _ => (SourceTextKind.Paragraph, 0),
        };
        var outerKind = _kind;
        var outerLevel = _level;
        _kind = kind;
        _level = level;
        _start = SpanOf(element);
        foreach (var child in element.ChildNodes)
        {
            Node(child, bold: name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" ? false : bold || IsBoldStyle(element));
        }

        Flush();
        _kind = outerKind;
        _level = outerLevel;
    }

    private void List(IElement list, bool numbered)
    {
        var number = list.GetAttribute("start") is { } start && int.TryParse(start, out var first) ? first : 1;
        foreach (var item in list.Children)
        {
            if (item.LocalName is "ul" or "ol")
            {
                List(item, item.LocalName == "ol");
                continue;
            }

            if (item.LocalName != "li" || IsHidden(item))
            {
                continue;
            }

            var outerKind = _kind;
            _kind = numbered ? SourceTextKind.NumberedItem : SourceTextKind.BulletItem;
            _level = numbered ? number++ : 0;
            _start = SpanOf(item);
            foreach (var child in item.ChildNodes)
            {
                Node(child, bold: false);
            }

            Flush();
            _kind = outerKind;
            _level = 0;
        }
    }

    private void Link(IElement anchor, bool bold)
    {
        if (anchor.QuerySelector("table, p, div, li") is not null)
        {
            // An anchor wrapping blocks is a portal's layout, not a link in the text.
            foreach (var child in anchor.ChildNodes)
            {
                Node(child, bold);
            }

            return;
        }

        if (_paragraph.IsEmpty)
        {
            _start = SpanOf(anchor);
        }

        _paragraph.Link(anchor.TextContent, anchor.GetAttribute("href"));
    }

    private void Inline(string text, bool bold, IElement? at)
    {
        if (_paragraph.IsEmpty && at is not null)
        {
            _start = SpanOf(at);
        }

        _paragraph.Text(text, bold);
    }

    /// <summary>Ends the paragraph being gathered, if it has any text.</summary>
    private void Flush()
    {
        if (!_paragraph.IsEmpty)
        {
            var (markdown, plain) = _paragraph.Finish();
            var kind = _kind;
            if (kind == SourceTextKind.NumberedItem)
            {
                markdown = $"{_level}. {markdown}";
            }
            else if (kind == SourceTextKind.BulletItem)
            {
                markdown = "- " + markdown;
            }

            _blocks.Add(new SourceText(kind, markdown, plain, _start, kind == SourceTextKind.Heading ? _level : 0));
        }

        _paragraph = new MarkdownText();
    }

    private static IEnumerable<IElement> Cells(IElement table) =>
        table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).SelectMany(r => r.Children.Where(c => c.LocalName is "td" or "th"));
}
