using System.Text;
using Generator.Building;
using Generator.Data;
using Generator.Data.Yaml;
using Generator.Diagnostics;

namespace Generator.Serve.Editing;

/// <summary>
/// Writes a figure typed into the page into the year file, at that value's exact place and nowhere else:
/// the file is read again from disk and refused when it is not the file the page was built from; the new
/// value is checked by the data reader itself (as <c>validate</c>, a 全角数字 fixed as <c>validate --fix</c> fixes
/// it); the file is replaced whole (temporary file, then renamed over it) with every other byte as it was —
/// comments, alignment, line ends, a byte order mark. The preview then updates from the file like after any save.
/// </summary>
internal static class CellEditor
{
    private const int MaxValueLength = 40;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Bureau Placeholder = new("edit", "edit", null, null, null, null, "edit", SourceSpan.None);

    /// <summary>SHA-256 of a file's bytes as the page knows it (hex), or null when it cannot be read.</summary>
    public static string? HashOf(string path) =>
        Files.InputFile.Read(path, YamlFile.MaxBytes, out _) is { } bytes ? Fingerprint.OfBytes(bytes) : null;

    /// <param name="yearFile">The year file on disk.</param>
    /// <param name="display">The file as messages name it (the reader's spans use it).</param>
    /// <param name="pageHash">The hash of the file the page shows (<see cref="HashOf"/> when it was built).</param>
    public static EditResult Edit(string yearFile, string display, int year, string cellId, string value, string pageHash)
    {
        if (value.Length > MaxValueLength)
        {
            return new(400, "填写的内容太长：一格只写一个数。");
        }

        var bytes = Files.InputFile.Read(yearFile, YamlFile.MaxBytes, out _);
        if (bytes is null)
        {
            return new(409, $"无法读取数据文件 {display}，这次修改没有写入。");
        }

        if (!string.Equals(Fingerprint.OfBytes(bytes), pageHash, StringComparison.Ordinal))
        {
            return new(409, $"数据文件 {display} 在页面显示之后已被修改（例如在编辑器中保存过），这次修改没有写入。页面会按文件的新内容自动更新，请在更新后的表格中再改一次。");
        }

        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        string text;
        try
        {
            text = Utf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            return new(409, $"数据文件 {display} 不是 UTF-8 编码，不能在页面上修改：请按左边列出的问题在编辑器中处理。");
        }

        // The slot as the file on disk has it now, read by the data reader (the same bytes as the page's, by the hash).
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var read = new DiagnosticBag();
        var report = YamlFile.Parse(normalized, display, read) is { } map ? ReportReader.Read(map, Placeholder, year) : null;
        if (report is null)
        {
            return new(409, $"数据文件 {display} 现在无法读出表格，不能在页面上修改：请先按左边列出的问题在编辑器中改正。");
        }

        var slot = CellMap.OfData(report).Find(cellId);
        if (slot is null)
        {
            return new(404, "没有这一格。");
        }

        if (slot.Reason is { } reason)
        {
            return new(409, reason);
        }

        if (ScalarAt.Find(normalized, slot.Span.Line, slot.Span.Column) is not { } scalar)
        {
            return new(409, $"这一格在数据文件中没有单独写出（{display} 第 {slot.Span.Line} 行），请在编辑器中填写。");
        }

        if (NewText(slot, scalar.Raw, scalar.Plain, value.Trim()) is not { } replacement)
        {
            return new(400, $"金额写成“{scalar.Raw}”（数字和单位写在一起），在表格中只能改数字，不能清空：请在编辑器中修改。");
        }

        var edit = new TextEdit(slot.Span.Line, slot.Span.Column, replacement.Length, replacement.Text, "表格中修改");
        var (edited, problem) = Check(new TextEdits([edit]).Apply(text), display, year, edit, scalar.Raw.Length - replacement.Length);
        if (problem is not null)
        {
            return new(400, problem);
        }

        try
        {
            OutputWriter.Write(Path.GetDirectoryName(Path.GetFullPath(yearFile))!, [(Path.GetFileName(yearFile), [.. bytes.AsSpan(0, bom), .. Utf8.GetBytes(edited)])]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(500, $"无法写入 {display}（没有写入权限，或文件被其他程序占用），这次修改没有写入。");
        }

        var shown = value.Trim().Length == 0 ? "空白" : $"“{value.Trim()}”";
        return new(200, $"已写入 {display} 第 {slot.Span.Line} 行：“{scalar.Raw}”改为{shown}。");
    }

    /// <summary>What replaces the scalar: <c>~</c> for an empty cell; for money in the shorthand <c>12.5万元</c>, only its number.</summary>
    private static (string Text, int Length)? NewText(CellSlot slot, string raw, bool plain, string value)
    {
        if (slot.Kind != SlotKind.Money || !plain || !raw.EndsWith(slot.Unit ?? "\0", StringComparison.Ordinal))
        {
            return (value.Length == 0 ? "~" : value, raw.Length);
        }

        // 12.5万元 or 12.5 万元: the unit and the space before it stay as written.
        var number = raw[..^slot.Unit!.Length].TrimEnd();
        return value.Length == 0 ? null : (value, number.Length);
    }

    /// <summary>What the data reader says about the file's text (its cells and their slips), without the relations between figures.</summary>
    private static IReadOnlyList<Diagnostic> Read(string text, string display, int year)
    {
        var diagnostics = new DiagnosticBag();
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (YamlFile.Parse(normalized, display, diagnostics) is { } map)
        {
            ReportReader.Read(map, Placeholder, year);
        }

        return diagnostics.Items;
    }

    /// <summary>
    /// Reads the edited file as <c>validate</c> reads it. An error of the reader at the edited value refuses the edit with
    /// the reader's own message, unless its certain fix (全角数字 → 半角, 12件 → 12) applies there, which is then made as
    /// <c>validate --fix</c> makes it. The relations between figures are not checked here: a total that no longer adds up
    /// is written and shows in the panel, like after a save in the editor.
    /// </summary>
    /// <param name="rest">What of the scalar follows the edited part (the unit of money written <c>12.5万元</c>).</param>
    private static (string Text, string? Problem) Check(string text, string display, int year, TextEdit edit, int rest)
    {
        // The edited value's extent on its line; a fix made inside it changes its length.
        var (line, column, length) = (edit.Line, edit.Column, edit.NewText.Length);
        for (var round = 0; round < 3; round++)
        {
            var here = Read(text, display, year)
                .Where(d => d.IsError && d.Span.File == display && d.Span.Line == line
                    && d.Span.Column >= column && d.Span.Column < column + Math.Max(length, 1))
                .ToList();
            if (here.Count == 0)
            {
                // What was typed must stay one value: “1, 2” in a list, “1 }” in a map or “1 # …” would change the file's shape.
                var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
                return ScalarAt.Find(normalized, line, column) is { } scalar && scalar.Raw.Length == length + rest
                    ? (text, null)
                    : (text, "一格只写一个数（如 12），空白什么也不写；不要写逗号、括号或 #。");
            }

            var fixes = here.Select(d => d.Fix).ToList();
            if (fixes.Any(f => f is null || f.Line != line || f.Column < column || f.Column + f.Length > column + length))
            {
                var first = here[0];
                return (text, first.Hint is null ? first.Message + "。" : $"{first.Message}。{first.Hint}");
            }

            var applied = new TextEdits(fixes!);
            text = applied.Apply(text);
            length += applied.Applied.Sum(f => f.NewText.Length - f.Length);
        }

        return (text, "无法确定这个数的写法，这次修改没有写入。");
    }
}
