using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Generator.Diagnostics;
using Generator.Import.Source;

namespace Generator.Import.Reading;

/// <summary>
/// Reads the Markdown this program writes (<c>report.md</c>): headings, paragraphs and lists as they are (they
/// already are narrative Markdown), tables as pipe rows whose merged cells the comment before the table lists
/// (“合并单元格：第1行第1列起3行×3列；…”), the signature as the last lines.
/// </summary>
internal static partial class MarkdownReader
{
    public static SourceDocument Read(string text, string file)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<SourceBlock>();
        List<(int Row, int Column, int Rows, int Columns)>? spans = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var span = new SourceSpan(file, i + 1, 1);
            if (line.Trim().Length == 0)
            {
                continue;
            }

            if (line.StartsWith("<!--", StringComparison.Ordinal))
            {
                spans = line.Contains("合并单元格", StringComparison.Ordinal) ? [.. Merged().Matches(line).Select(Span)] : null;
                while (!lines[i].Contains("-->", StringComparison.Ordinal) && i + 1 < lines.Length)
                {
                    i++;
                }

                continue;
            }

            if (line.StartsWith('|'))
            {
                var rows = new List<(string Line, int Number)>();
                while (i < lines.Length && lines[i].StartsWith('|'))
                {
                    if (!Separator().IsMatch(lines[i]))
                    {
                        rows.Add((lines[i], i + 1));
                    }

                    i++;
                }

                i--;
                blocks.Add(Table(rows, spans ?? [], file, span));
                spans = null;
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                blocks.Add(new SourceText(SourceTextKind.Heading, heading.Groups[2].Value.Trim(), Plain(heading.Groups[2].Value), span, heading.Groups[1].Length));
                continue;
            }

            var item = Item().Match(line);
            if (item.Success)
            {
                var kind = item.Groups[1].Value is "-" or "*" or "+" ? SourceTextKind.BulletItem : SourceTextKind.NumberedItem;
                var markdown = (kind == SourceTextKind.BulletItem ? "- " : item.Groups[1].Value + " ") + item.Groups[2].Value.Trim();
                blocks.Add(new SourceText(kind, markdown, Plain(item.Groups[2].Value), span));
                continue;
            }

            // A paragraph: its lines up to a blank line; a line ending in “\” (a hard break, as in the signature) ends one too.
            var paragraph = new StringBuilder();
            var start = span;
            while (true)
            {
                var current = lines[i].TrimEnd();
                var hardBreak = current.EndsWith('\\') && !current.EndsWith("\\\\", StringComparison.Ordinal);
                paragraph.Append(paragraph.Length > 0 ? "\n" : string.Empty).Append(hardBreak ? current[..^1] : current);
                var next = i + 1 < lines.Length ? lines[i + 1] : string.Empty;
                if (hardBreak || next.Trim().Length == 0 || next.StartsWith('|') || next.StartsWith('#') || next.StartsWith("<!--", StringComparison.Ordinal))
                {
                    var joined = paragraph.ToString();
                    blocks.Add(new SourceText(hardBreak || SignatureLike(blocks, joined) ? SourceTextKind.RightAligned : SourceTextKind.Paragraph, joined, Plain(joined), start));
                    if (hardBreak)
                    {
                        // The lines after a hard break belong to the same block (the signature's date).
                        paragraph.Clear();
                        start = new SourceSpan(file, i + 2, 1);
                        if (next.Trim().Length > 0)
                        {
                            i++;
                            continue;
                        }
                    }

                    break;
                }

                i++;
            }
        }

        return new SourceDocument(file, "Markdown 文件", blocks);
    }

    /// <summary>A last short line after section 六, without sentence punctuation: the signature without a date.</summary>
    private static bool SignatureLike(List<SourceBlock> blocks, string text) => text.Length <= 30 && !text.Contains('。', StringComparison.Ordinal) && blocks.Count > 0
        && blocks.OfType<SourceText>().LastOrDefault(t => t.Kind == SourceTextKind.Heading)?.Plain.StartsWith("六、", StringComparison.Ordinal) == true;

    private static (int, int, int, int) Span(Match m) => (Number(m, 1), Number(m, 2), Number(m, 3), Number(m, 4));

    private static int Number(Match m, int group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static SourceTable Table(List<(string Line, int Number)> rows, List<(int Row, int Column, int Rows, int Columns)> spans, string file, SourceSpan span)
    {
        var covered = new HashSet<(int, int)>();
        foreach (var (row, column, height, width) in spans)
        {
            for (var r = row; r < row + height; r++)
            {
                for (var c = column; c < column + width; c++)
                {
                    if (r != row || c != column)
                    {
                        covered.Add((r, c));
                    }
                }
            }
        }

        var result = new List<SourceRow>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<SourceCell>();
            var texts = Cells(rows[r].Line);
            for (var c = 0; c < texts.Count; c++)
            {
                if (covered.Contains((r + 1, c + 1)))
                {
                    continue;
                }

                var merged = spans.FirstOrDefault(s => s.Row == r + 1 && s.Column == c + 1);
                cells.Add(new SourceCell(Plain(texts[c]), new SourceSpan(file, rows[r].Number, 1), Math.Max(merged.Rows, 1), Math.Max(merged.Columns, 1)));
            }

            result.Add(new SourceRow(cells, new SourceSpan(file, rows[r].Number, 1)));
        }

        return new SourceTable(result, span);
    }

    /// <summary>The cells of a pipe row, split at every “|” not escaped.</summary>
    private static List<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                cell.Append(line[i]).Append(line[++i]);
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        if (cell.ToString().Trim().Length > 0)
        {
            cells.Add(cell.ToString().Trim());
        }

        return cells;
    }

    /// <summary>What a reader sees of Markdown: no emphasis marks, links as their text, escapes and entities resolved.</summary>
    private static string Plain(string markdown)
    {
        var text = Link().Replace(markdown, "$1").Replace("**", string.Empty, StringComparison.Ordinal);
        text = Escape().Replace(text, "$1");
        return TextTidy.Collapse(WebUtility.HtmlDecode(text)).Trim();
    }

    [GeneratedRegex(@"第([0-9]+)行第([0-9]+)列起([0-9]+)行×([0-9]+)列")]
    private static partial Regex Merged();

    [GeneratedRegex(@"^\|(\s*:?-{3,}:?\s*\|)+\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}([0-9]{1,9}[.)]|[-*+])\s+(.*)$")]
    private static partial Regex Item();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|<>&~""'])")]
    private static partial Regex Escape();
}
