using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex;
using Generator.Data;

namespace Generator.Serve.Changes;

/// <summary>
/// The report as it is now, marked where it differs from the copy published in <c>out/</c>: changed table cells
/// and changed paragraphs highlighted, removed paragraphs shown struck through. The lines are compared with DiffPlex,
/// as <c>build --diff</c> compares the Markdown: the HTML renderer writes one block (paragraph, heading, table
/// row) per line, so a changed line is a changed block; two changed table rows are then compared cell by cell.
/// </summary>
internal static partial class PublishedComparison
{
    private const int MaxBytes = 8 << 20;

    private const string Style = """
        <style>
        [data-gen-changed] { background: #fff3a0; outline: 2px solid #e0a800; }
        [data-gen-removed] { color: #b00020; text-decoration: line-through; }
        .gen-banner { font: 14px sans-serif; background: #eef4ff; border: 1px solid #9bb7e0; padding: .5em 1em; margin: 0 0 1em; }
        @media print { .gen-banner { display: none; } }
        </style>
        """;

    /// <summary>The marked page, and how many blocks differ (0: same as published; null: nothing published yet).</summary>
    public static (string Html, int? Changes) Render(byte[] current, string outFolder, string bureauId, int year)
    {
        var now = Encoding.UTF8.GetString(current);
        var published = Published(outFolder, bureauId, year);
        var display = $"out/{bureauId}/{year.ToString(CultureInfo.InvariantCulture)}/report.html";
        if (published is null)
        {
            return (Banner(now, $"{display} 还不存在（这份报告还没有用 build 发布过），没有可比较的版本。"), null);
        }

        var (marked, changes) = Mark(published, now);
        return (Banner(marked, changes == 0
            ? $"与已发布的 {display} 相同。"
            : $"与已发布的 {display} 相比有 {changes} 处改动：黄色是改动过的格子和段落，红色删除线是删去的段落；鼠标停在格子上可看到原来的数。"), changes);
    }

    private static string? Published(string outFolder, string bureauId, int year)
    {
        if (!DataFolder.IsBureauId(bureauId))
        {
            return null;
        }

        var path = Path.Combine(outFolder, bureauId, year.ToString(CultureInfo.InvariantCulture), "report.html");
        var bytes = Files.InputFile.Read(path, MaxBytes, out _);
        return bytes is null ? null : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The current page with its changed blocks marked, and how many there are.</summary>
    internal static (string Html, int Changes) Mark(string published, string now)
    {
        var oldLines = published.Split('\n');
        var newLines = now.Split('\n');
        var diff = Differ.Instance.CreateLineDiffs(published, now, ignoreWhitespace: false, ignoreCase: false);
        var replaced = new Dictionary<int, string>();
        var removedBefore = new Dictionary<int, List<string>>();
        var changes = 0;
        var bodyOld = Array.FindIndex(oldLines, l => l.StartsWith("<body", StringComparison.Ordinal));
        var bodyNew = Array.FindIndex(newLines, l => l.StartsWith("<body", StringComparison.Ordinal));
        foreach (var block in diff.DiffBlocks)
        {
            for (var i = 0; i < block.InsertCountB; i++)
            {
                var at = block.InsertStartB + i;
                if (at <= bodyNew || !IsBlock(newLines[at]))
                {
                    continue;
                }

                var old = i < block.DeleteCountA ? oldLines[block.DeleteStartA + i] : null;
                var (line, count) = old is not null && IsRow(old) && IsRow(newLines[at]) ? MarkCells(old, newLines[at]) : (MarkBlock(newLines[at]), 1);
                replaced[at] = line;
                changes += count;
            }

            for (var i = block.InsertCountB; i < block.DeleteCountA; i++)
            {
                var old = oldLines[block.DeleteStartA + i];
                if (block.DeleteStartA + i <= bodyOld || !IsBlock(old) || IsRow(old))
                {
                    continue;
                }

                var before = removedBefore.TryGetValue(block.InsertStartB + block.InsertCountB, out var list) ? list : removedBefore[block.InsertStartB + block.InsertCountB] = [];
                before.Add($"<p data-gen-removed>{WebUtility.HtmlEncode(PlainText(old))}</p>");
                changes++;
            }
        }

        var sb = new StringBuilder(now.Length + 1024);
        for (var i = 0; i < newLines.Length; i++)
        {
            if (removedBefore.TryGetValue(i, out var removed))
            {
                removed.ForEach(r => sb.Append(r).Append('\n'));
            }

            sb.Append(replaced.GetValueOrDefault(i, newLines[i]));
            if (i < newLines.Length - 1)
            {
                sb.Append('\n');
            }
        }

        return (sb.ToString(), changes);
    }

    private static bool IsBlock(string line) => BlockStart().IsMatch(line);

    private static bool IsRow(string line) => line.StartsWith("<tr>", StringComparison.Ordinal);

    private static string MarkBlock(string line) => BlockStart().Replace(line, m => m.Value + " data-gen-changed", 1);

    /// <summary>A changed table row: only the cells whose text differs are marked, each with the published text as its tooltip.</summary>
    private static (string Line, int Count) MarkCells(string old, string now)
    {
        var oldCells = Cell().Matches(old).Select(m => m.Groups["text"].Value).ToList();
        var index = 0;
        var count = 0;
        var marked = Cell().Replace(now, m =>
        {
            var was = index < oldCells.Count ? oldCells[index] : null;
            index++;
            if (was == m.Groups["text"].Value)
            {
                return m.Value;
            }

            count++;
            var title = was is null ? "已发布的版本没有这一格" : $"已发布：{(was.Length == 0 ? "（空白）" : WebUtility.HtmlDecode(was))}";
            return $"<{m.Groups["tag"].Value}{m.Groups["attrs"].Value} data-gen-changed title=\"{WebUtility.HtmlEncode(title)}\">{m.Groups["text"].Value}</{m.Groups["tag"].Value}>";
        });
        return count == 0 ? (MarkBlock(now), 1) : (marked, count);
    }

    private static string PlainText(string line) => WebUtility.HtmlDecode(Tag().Replace(line, string.Empty));

    private static string Banner(string html, string message)
    {
        var head = html.IndexOf("</head>", StringComparison.Ordinal);
        if (head >= 0)
        {
            html = html.Insert(head, Style + "\n");
        }

        var body = BodyTag().Match(html);
        var banner = $"<p class=\"gen-banner\">{WebUtility.HtmlEncode(message)}</p>\n";
        return body.Success ? html.Insert(body.Index + body.Length, "\n" + banner) : banner + html;
    }

    [GeneratedRegex(@"^<(p|h[1-6]|li|tr|caption|blockquote|div|figure)\b")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"<(?<tag>td|th)(?<attrs>[^>]*)>(?<text>.*?)</\k<tag>>")]
    private static partial Regex Cell();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<body[^>]*>")]
    private static partial Regex BodyTag();
}
