using System.Text;
using Generator.Data;
using Generator.Data.Yaml;
using Generator.Diagnostics;
using Generator.Validation;

namespace Generator.Fixing;

/// <summary>
/// <c>validate --fix</c>: makes the fixes that have one possible reading (a diagnostic's <see cref="Diagnostic.Fix"/>:
/// 全角数字 → 半角, a 中文逗号 between figures → <c>, </c>, <c>：</c> after a known key → <c>: </c>, <c>12件</c> in a count
/// → <c>12</c>…) in place, and nothing else: every other byte of the file — comments, alignment, line ends, a
/// byte order mark — stays as it was. A file is rewritten only when, once fixed, it has no error left but those
/// of a draft (placeholders, tables not filled in yet); otherwise it is not touched at all and the errors that
/// stand in the way are returned.
/// </summary>
public static class DataFileFixer
{
    /// <summary>Rounds of fixing: a fix can uncover another (a row readable only once its colon is mended).</summary>
    private const int MaxRounds = 4;

    /// <summary>Errors that only say the file is not finished; they do not make a fix unsafe.</summary>
    private static readonly HashSet<string> Unfinished = [DiagnosticCode.PlaceholderLeft.Id, DiagnosticCode.IncompleteTable.Id];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Fixes one year file (<paramref name="bureau"/> false) or <c>bureau.yaml</c>; null when there is nothing to fix or it cannot be read.</summary>
    public static FileFix? Fix(string path, string displayPath, bool bureau, int? year)
    {
        // What cannot be read as a data file is told by validate; nothing of it can be fixed with certainty.
        if (Files.InputFile.Read(path, Data.Yaml.YamlFile.MaxBytes, out _) is not { } bytes)
        {
            return null;
        }

        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        string text;
        try
        {
            text = Utf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: validate says so; nothing here can be fixed with certainty.
            return null;
        }

        var (fixedText, edits, blocking) = FixText(text, displayPath, bureau, year);
        if (edits.Count == 0)
        {
            return null;
        }

        if (blocking.Count > 0)
        {
            return new FileFix(displayPath, edits, Written: false, blocking);
        }

        try
        {
            Write(path, bytes.AsSpan(0, bom), fixedText);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = new Diagnostic(Severity.Error, DiagnosticCode.OutputFailed.Id, SourceSpan.StartOf(displayPath), "无法改写这个文件（没有写入权限，或文件被其他程序占用）",
                "请关闭正在编辑它的程序，检查文件的权限后再运行一次。");
            return new FileFix(displayPath, edits, Written: false, [why]);
        }

        return new FileFix(displayPath, edits, Written: true, []);
    }

    /// <summary>
    /// The fixing itself, on a file's text (any line ends): the text with every certain fix made, the fixes in
    /// file order, and the errors left that are not a draft's (when there are any, the file must not be written).
    /// </summary>
    public static (string Text, IReadOnlyList<TextEdit> Edits, IReadOnlyList<Diagnostic> Blocking) FixText(string text, string displayPath, bool bureau, int? year)
    {
        var edits = new List<TextEdit>();
        IReadOnlyList<Diagnostic> diagnostics = Check(text, displayPath, bureau, year);
        for (var round = 0; round < MaxRounds; round++)
        {
            var fixes = new TextEdits(diagnostics.Where(d => d.Fix is not null && d.Span.File == displayPath).Select(d => d.Fix!));
            if (!fixes.Applied.Any())
            {
                break;
            }

            text = fixes.Apply(text);
            edits.AddRange(fixes.Applied);
            diagnostics = Check(text, displayPath, bureau, year);
        }

        return (text, edits, [.. diagnostics.Where(d => d.IsError && !Unfinished.Contains(d.Code))]);
    }

    /// <summary>Everything the file alone can be checked for (its year before is not needed to know a fix is safe).</summary>
    private static List<Diagnostic> Check(string text, string displayPath, bool bureau, int? year)
    {
        var diagnostics = new DiagnosticBag();
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var map = YamlFile.Parse(normalized, displayPath, diagnostics);
        if (map is not null && bureau)
        {
            BureauReader.Read(map, "fix");
        }
        else if (map is not null && ReportReader.Read(map, Placeholder, year) is { } report)
        {
            CompletenessChecker.Check(report, diagnostics, diagnostics.HasErrors);
            RelationChecker.Check(report, diagnostics);
        }

        return [.. diagnostics.Items];
    }

    private static readonly Bureau Placeholder = new("fix", "fix", null, null, null, null, "fix", SourceSpan.None);

    /// <summary>Replaces the file whole: a temporary file beside it, then renamed over it, so it is never half written.</summary>
    private static void Write(string path, ReadOnlySpan<byte> bom, string text)
    {
        var temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.fix.tmp");
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(bom);
            stream.Write(Utf8.GetBytes(text));
        }

        File.Move(temp, path, overwrite: true);
    }
}
