using System.Text.RegularExpressions;
using Generator.Diagnostics;
using Generator.Import.Source;
using static Generator.Import.Reading.PdfReader;

namespace Generator.Import.Reading;

/// <summary>
/// The blocks of a PDF in reading order: the tables (see <see cref="PdfTables"/>) and the text around them,
/// whose lines become paragraphs where a line is indented, the line before it stopped short, or the gap above
/// it is wide; the title by its size, headings by a font of their own, the signature by standing at the right.
/// Page numbers are left out.
/// </summary>
internal static partial class PdfLayout
{
    public static List<SourceBlock> Blocks(List<PdfPageText> pages, string file)
    {
        var items = new List<(int Page, double Top, object Item)>();
        foreach (var page in pages)
        {
            var used = new HashSet<PdfLetter>();
            foreach (var table in PdfTables.Find(page, file, used))
            {
                items.Add((page.Number, table.Top, table.Table));
            }

            foreach (var line in PdfText.Group(page.Letters.Where(l => !used.Contains(l)), page.Number))
            {
                var furniture = (line.Baseline < page.Height * 0.1 || line.Baseline > page.Height * 0.93) && PageNumber().IsMatch(TextTidy.Squeeze(line.Text));
                if (!furniture)
                {
                    items.Add((page.Number, line.Baseline + line.Size, line));
                }
            }
        }

        items.Sort((a, b) => a.Page != b.Page ? a.Page.CompareTo(b.Page) : b.Top.CompareTo(a.Top));
        var lines = items.Select(i => i.Item).OfType<PdfText.Line>().ToList();
        if (lines.Count == 0)
        {
            return [.. items.Select(i => i.Item).OfType<SourceTable>()];
        }

        var body = new Body(lines, pages);
        var blocks = new List<SourceBlock>();
        var paragraph = new List<PdfText.Line>();
        var span = new SourceSpan(file, 0, 0);
        foreach (var (_, _, item) in items)
        {
            if (item is SourceTable table)
            {
                Flush(blocks, paragraph, body, span);
                blocks.Add(table);
                continue;
            }

            var line = (PdfText.Line)item;
            if (paragraph.Count > 0 && body.StartsParagraph(paragraph[^1], line))
            {
                Flush(blocks, paragraph, body, span);
            }

            paragraph.Add(line);
        }

        Flush(blocks, paragraph, body, span);
        return blocks;
    }

    private static void Flush(List<SourceBlock> blocks, List<PdfText.Line> lines, Body body, SourceSpan span)
    {
        if (lines.Count == 0)
        {
            return;
        }

        body.Remember(lines);
        var text = new MarkdownText();
        foreach (var line in lines)
        {
            text.Text(line == lines[0] ? string.Empty : "\n");
            var run = new System.Text.StringBuilder();
            var bold = false;
            for (var i = 0; i < line.Letters.Count; i++)
            {
                var letter = line.Letters[i];
                var emphasis = body.IsEmphasis(letter) && !body.IsHeading(lines);
                if (emphasis != bold && run.Length > 0)
                {
                    text.Text(run.ToString(), bold);
                    run.Clear();
                }

                bold = emphasis;
                if (i > 0 && PdfText.IsSpace(line.Letters[i - 1], letter))
                {
                    run.Append(' ');
                }

                run.Append(letter.Text);
            }

            text.Text(run.ToString(), bold);
        }

        var (markdown, plain) = text.Finish();
        lines.Clear();
        if (plain.Length == 0)
        {
            return;
        }

        var kind = body.KindOf(blocks.Count == 0, plain, out var level);
        if (kind == SourceTextKind.Paragraph && Numbered().Match(plain) is { Success: true } number)
        {
            (kind, markdown) = (SourceTextKind.NumberedItem, $"{number.Groups[1].Value}. {Numbered().Replace(markdown.Replace("\\.", ".", StringComparison.Ordinal), string.Empty, 1)}");
        }
        else if (kind == SourceTextKind.Paragraph && plain[0] is '•' or '·' or '●')
        {
            (kind, markdown) = (SourceTextKind.BulletItem, "- " + markdown.TrimStart('•', '·', '●', ' '));
        }

        blocks.Add(new SourceText(kind, markdown, plain, span, level));
        body.Last = kind;
    }

    [GeneratedRegex(@"^[-—－–~·第]*[0-9]+[-—－–~·页]*$|^[0-9]+/[0-9]+$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^([0-9]{1,3})[.．]\s+")]
    private static partial Regex Numbered();
}
