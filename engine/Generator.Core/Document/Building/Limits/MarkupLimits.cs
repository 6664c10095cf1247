namespace Generator.Document.Building.Limits;

/// <summary>
/// A linear pre-scan of Markdown before Markdig reads it (narrative and template output alike). Markdig
/// 1.6 takes time that grows with the square of a paragraph for some inputs: every <c>](</c> tries a link
/// destination or title that runs on to the end of the line or paragraph (<c>[a](</c> repeated: 60 000
/// times take 15 s), and every unclosed <c>[</c> or <c>*</c>/<c>_</c> run opens a level the rest of the
/// paragraph is nested in (<c>[a </c> or <c>*a </c> repeated: about 60 ms per KB, plain text 0.005).
/// The cost of a paragraph is at most about (its openers) × (its length), so limiting the openers per
/// paragraph keeps reading linear. Real narrative has a handful per paragraph; the limits are far above.
/// Markdig also turns each setext heading (a line under a paragraph that is only <c>===</c> or <c>---</c>) into a
/// heading by removing the paragraph from its parent with a search from the first child, so n of them cost n × the
/// blocks before them (<c>文字\n---\n</c> repeated: 0.7 ms per KB at 64 KB, 3.4 at 960 KB); they are limited per text.
/// The scan over-counts rather than under-counts: a paragraph is every run of non-blank lines
/// (Markdig's paragraphs lie inside one), and only fenced blocks at the left margin, whose content
/// Markdig never parses as inline text, are skipped.
/// </summary>
public static class MarkupLimits
{
    /// <summary>Most <c>[</c> (links, images, or just brackets) in one paragraph.</summary>
    public const int MaxBrackets = 64;

    /// <summary>Most runs of <c>*</c> or <c>_</c> (bold and italic marks) in one paragraph.</summary>
    public const int MaxEmphasisRuns = 128;

    /// <summary>Most list markers and <c>&gt;</c> opening one line (Markdig refuses deeper nesting, after a long time).</summary>
    public const int MaxLineNesting = 32;

    /// <summary>Most setext headings (text underlined with <c>===</c> or <c>---</c>) in one text; ATX headings (<c>## 标题</c>) are free.</summary>
    public const int MaxSetextHeadings = 64;

    /// <summary>The first place <paramref name="text"/> goes past a limit, or null when it is within all of them.</summary>
    public static MarkupLimit? Check(string text)
    {
        var brackets = 0;
        var emphasisRuns = 0;
        var setextHeadings = 0;
        var afterText = false;
        var lineNumber = 0;
        string? fence = null;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).TrimEnd('\r');
            var number = lineNumber++;
            if (fence is not null)
            {
                if (IsClosingFence(line, fence))
                {
                    fence = null;
                }

                continue;
            }

            if (line.IsWhiteSpace())
            {
                brackets = 0;
                emphasisRuns = 0;
                afterText = false;
                continue;
            }

            if (OpeningFence(line) is { } opened)
            {
                fence = opened;
                brackets = 0;
                emphasisRuns = 0;
                afterText = false;
                continue;
            }

            // Counted wherever Markdig could read an underline: after any non-blank line, inside quotes too.
            var underlined = afterText && IsUnderline(line);
            afterText = true;
            if (underlined && ++setextHeadings > MaxSetextHeadings)
            {
                return new MarkupLimit(number, line.IndexOfAnyExcept(" >\t"),
                    $"用“===”或“---”画在文字下一行的标题超过 {MaxSetextHeadings} 个",
                    "小标题请写成 # 开头的一行（如“## 小标题”）；要画分隔线，请在“---”上面空一行。");
            }

            var content = ContentStart(line, out var deep);
            if (deep)
            {
                return new MarkupLimit(number, content,
                    $"这一行开头的列表符号或引用符号“>”超过 {MaxLineNesting} 层",
                    "叙述只需要段落和一两层列表：请检查是否误粘贴了一长串 >、-、* 或编号。");
            }

            // List markers (a * bullet too) and > are not emphasis or brackets; the text after them is scanned.
            for (var i = content; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '\\' && i + 1 < line.Length && line[i + 1] is > ' ' and <= '~' && !char.IsAsciiLetterOrDigit(line[i + 1]))
                {
                    // An escaped character is text, never an opener.
                    i++;
                }
                else if (c == '[' && ++brackets > MaxBrackets)
                {
                    return new MarkupLimit(number, i,
                        $"这一段的方括号“[”（链接或图片的开头）超过 {MaxBrackets} 个",
                        "请把这一段分成几段（段与段之间空一行），或检查是否误粘贴了乱码；要显示方括号本身可写 \\[。");
                }
                else if (c is '*' or '_')
                {
                    while (i + 1 < line.Length && line[i + 1] == c)
                    {
                        i++;
                    }

                    if (++emphasisRuns > MaxEmphasisRuns)
                    {
                        return new MarkupLimit(number, i,
                            $"这一段的星号“*”或下划线“_”（加粗、斜体的标记）超过 {MaxEmphasisRuns} 处",
                            "请把这一段分成几段（段与段之间空一行），或检查是否误粘贴了乱码；要显示星号本身可写 \\*。");
                    }
                }
            }
        }

        return null;
    }

    /// <summary>A line that is only <c>=</c> or only <c>-</c> after its indent and <c>&gt;</c> marks (spaces may follow).</summary>
    private static bool IsUnderline(ReadOnlySpan<char> line)
    {
        var rest = line.TrimStart(" >\t").TrimEnd(" \t");
        return !rest.IsEmpty && rest[0] is '=' or '-' && !rest.ContainsAnyExcept(rest[0]);
    }

    /// <summary>The fence a line opens (its backticks or tildes) when it starts at the left margin; else null.</summary>
    private static string? OpeningFence(ReadOnlySpan<char> line)
    {
        if (line.Length < 3 || line[0] is not ('`' or '~'))
        {
            return null;
        }

        var length = line.IndexOfAnyExcept(line[0]);
        length = length < 0 ? line.Length : length;

        // A backtick fence's info string has no backtick; otherwise the line is inline code in a paragraph.
        return length >= 3 && (line[0] == '~' || !line[length..].Contains('`')) ? line[..length].ToString() : null;
    }

    /// <summary>Up to three spaces, at least as many of the fence's characters, then only spaces.</summary>
    private static bool IsClosingFence(ReadOnlySpan<char> line, string fence)
    {
        var indent = line.IndexOfAnyExcept(' ');
        if (indent is < 0 or > 3)
        {
            return false;
        }

        var rest = line[indent..];
        var length = rest.IndexOfAnyExcept(fence[0]);
        length = length < 0 ? rest.Length : length;
        return length >= fence.Length && rest[length..].IsWhiteSpace();
    }

    /// <summary>
    /// Where the line's text starts after its list markers and <c>&gt;</c>; when they nest deeper than
    /// <see cref="MaxLineNesting"/>, <paramref name="deep"/> is set and the result is the first marker past it.
    /// </summary>
    private static int ContentStart(ReadOnlySpan<char> line, out bool deep)
    {
        var depth = 0;
        var i = 0;
        deep = false;
        while (true)
        {
            var start = i;
            while (i < line.Length && line[i] is ' ' or '\t')
            {
                i++;
            }

            var marker = MarkerLength(line[i..]);
            if (marker == 0)
            {
                return start;
            }

            if (++depth > MaxLineNesting)
            {
                deep = true;
                return i;
            }

            i += marker;
        }
    }

    /// <summary>Length of a block quote mark or list marker at the start (with the space a list marker needs), or 0.</summary>
    private static int MarkerLength(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return 0;
        }

        if (rest[0] == '>')
        {
            return 1;
        }

        var length = rest[0] is '-' or '*' or '+' ? 1 : 0;
        if (length == 0)
        {
            while (length < rest.Length && length < 9 && char.IsAsciiDigit(rest[length]))
            {
                length++;
            }

            if (length == 0 || length >= rest.Length || rest[length] is not ('.' or ')'))
            {
                return 0;
            }

            length++;
        }

        return length == rest.Length || rest[length] is ' ' or '\t' ? length : 0;
    }
}
