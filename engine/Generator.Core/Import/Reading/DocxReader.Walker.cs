using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Generator.Diagnostics;
using Generator.Import.Source;

namespace Generator.Import.Reading;

/// <summary>The body of a Word file in reading order.</summary>
internal static partial class DocxReader
{
    private sealed class Walker(string file, Dictionary<string, string> links, MainDocumentPart main)
    {
        public List<SourceBlock> Result { get; } = [];

        private readonly SourceSpan _span = new(file, 0, 0);
        private readonly Dictionary<string, (int Level, bool Bold, bool Right)> _styles = Styles(main);

        public void Blocks(OpenXmlElement parent, int depth)
        {
            if (depth > ImportLimits.MaxDepth)
            {
                return;
            }

            foreach (var child in parent.ChildElements)
            {
                switch (child)
                {
                    case Paragraph p:
                        Paragraph(p);
                        break;
                    case Table t when IsLayout(t):
                        foreach (var cell in t.Descendants<TableCell>().Where(c => c.Ancestors<Table>().First() == t))
                        {
                            Blocks(cell, depth + 1);
                        }

                        break;
                    case Table t:
                        Result.Add(DocxTable.Read(t, _span));
                        break;
                    case SdtBlock or CustomXmlBlock:
                        Blocks(child.Descendants<SdtContentBlock>().FirstOrDefault() ?? child, depth + 1);
                        break;
                }
            }
        }

        /// <summary>A table holding another table, or of one cell per row, lays the page out.</summary>
        private static bool IsLayout(Table table) =>
            table.Descendants<Table>().Any() || table.Elements<TableRow>().All(r => r.Elements<TableCell>().Count() <= 1);

        private void Paragraph(Paragraph paragraph)
        {
            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var (level, boldStyle, right) = style is not null && _styles.TryGetValue(style, out var s) ? s : (0, false, false);
            var outline = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value;
            if (outline is { } o && o < 9)
            {
                level = o + 1;
            }

            var justification = paragraph.ParagraphProperties?.Justification?.Val?.Value;
            right |= justification == JustificationValues.Right;
            var text = new MarkdownText();
            Runs(paragraph, text, boldStyle, 0);
            if (text.IsEmpty)
            {
                return;
            }

            var (markdown, plain) = text.Finish();
            var kind = level > 0 ? SourceTextKind.Heading : right ? SourceTextKind.RightAligned : SourceTextKind.Paragraph;
            if (kind == SourceTextKind.Paragraph && (paragraph.ParagraphProperties?.NumberingProperties is not null || style == "ListParagraph"))
            {
                (kind, markdown) = ListItem(markdown);
            }

            Result.Add(new SourceText(kind, markdown, plain, _span, level));
        }

        /// <summary>A list item as Word prints it: its number or bullet is text at the start (“1. ”, “• ”).</summary>
        private static (SourceTextKind, string) ListItem(string markdown)
        {
            var numbered = System.Text.RegularExpressions.Regex.Match(markdown, @"^([0-9]{1,3})\\?[.)．、]\s*");
            if (numbered.Success)
            {
                return (SourceTextKind.NumberedItem, $"{numbered.Groups[1].Value}. {markdown[numbered.Length..]}");
            }

            return markdown.Length > 1 && markdown[0] is '•' or '·' or '●' or '○' or '■' or '◆' or '▪' or '\uF0B7' || markdown.StartsWith("\\-", StringComparison.Ordinal)
                ? (SourceTextKind.BulletItem, "- " + markdown.TrimStart('•', '·', '●', '○', '■', '◆', '▪', '\uF0B7', '\\', '-').TrimStart())
                : (SourceTextKind.Paragraph, markdown);
        }

        private void Runs(OpenXmlElement parent, MarkdownText text, bool boldStyle, int depth)
        {
            if (depth > ImportLimits.MaxDepth)
            {
                return;
            }

            foreach (var child in parent.ChildElements)
            {
                switch (child)
                {
                    case Run run:
                        text.Text(RunText(run), boldStyle || IsBold(run));
                        break;
                    case Hyperlink link:
                        var target = link.Id?.Value is { } id && links.TryGetValue(id, out var uri) ? uri : null;
                        text.Link(string.Concat(link.Descendants<Run>().Select(RunText)), target);
                        break;
                    case DeletedRun or ParagraphProperties:
                        break;
                    default:
                        // Inserted runs, smart tags, content controls, fields' results: their runs are text.
                        Runs(child, text, boldStyle, depth + 1);
                        break;
                }
            }
        }

        private bool IsBold(Run run)
        {
            var properties = run.RunProperties;
            if (properties?.Bold is { } bold)
            {
                return bold.Val is null || bold.Val.Value;
            }

            return properties?.RunStyle?.Val?.Value is { } style && _styles.TryGetValue(style, out var s) && s.Bold;
        }

        /// <summary>Paragraph and character styles by id: heading level (from the style's outline level or its name), bold, right-aligned.</summary>
        private static Dictionary<string, (int Level, bool Bold, bool Right)> Styles(MainDocumentPart main)
        {
            var result = new Dictionary<string, (int, bool, bool)>(StringComparer.Ordinal);
            foreach (var style in main.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            {
                if (style.StyleId?.Value is not { } id)
                {
                    continue;
                }

                var name = style.StyleName?.Val?.Value ?? id;
                var level = style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } o && o < 9 ? o + 1
                    : HeadingNumber(name) ?? HeadingNumber(id) ?? (name.Equals("Title", StringComparison.OrdinalIgnoreCase) || name == "标题" ? 1 : 0);
                var bold = style.StyleRunProperties?.Bold is { } b && (b.Val is null || b.Val.Value) || id is "Strong" or "InlineHeading";
                var right = style.StyleParagraphProperties?.Justification?.Val?.Value == JustificationValues.Right
                    || name.Equals("Signature", StringComparison.OrdinalIgnoreCase) || name.Contains("落款", StringComparison.Ordinal);
                result[id] = (level, bold, right);
            }

            return result;
        }

        private static int? HeadingNumber(string name)
        {
            var match = System.Text.RegularExpressions.Regex.Match(name, @"^(?:heading|标题)\s*([1-9])$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            return match.Success ? match.Groups[1].Value[0] - '0' : null;
        }
    }

    /// <summary>The text of a run: its text pieces, tabs and breaks as spaces; field codes and deleted text left out.</summary>
    internal static string RunText(Run run)
    {
        var text = new System.Text.StringBuilder();
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return text.ToString();
    }
}
