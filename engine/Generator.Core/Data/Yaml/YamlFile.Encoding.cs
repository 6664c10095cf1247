using System.Text;
using Generator.Diagnostics;

namespace Generator.Data.Yaml;

/// <summary>
/// Decoding: data files are UTF-8 (with or without a byte order mark). Anything else is refused with
/// where it goes wrong and how to re-save the file, never read leniently: GBK read as UTF-8 would put
/// mojibake in a published report.
/// </summary>
internal static partial class YamlFile
{
    private const string SaveAsUtf8 =
        "请以 UTF-8 编码另存此文件：记事本中“文件 → 另存为”，“编码”选“UTF-8”；VS Code 中点右下角的编码名称，选“通过编码保存”→“UTF-8”。";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of the file, or null after reporting why it is not UTF-8.</summary>
    private static string? Decode(byte[] bytes, string displayPath, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            diagnostics.Error(DiagnosticCode.FileUnreadable, SourceSpan.StartOf(displayPath),
                "文件是 UTF-16 编码（记事本中叫“Unicode”），程序只读 UTF-8", SaveAsUtf8);
            return null;
        }

        var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var content = bytes.AsSpan(bom);
        if (System.Text.Unicode.Utf8.IsValid(content))
        {
            return Utf8.GetString(content);
        }

        // Point at the first byte that is not UTF-8, and keep a lenient copy of the text so the
        // diagnostic can quote that line (its Chinese shows as garbage, which itself tells the story).
        var chars = new char[content.Length];
        System.Text.Unicode.Utf8.ToUtf16(content, chars, out var valid, out _, replaceInvalidSequences: false);
        var line = content[..valid].Count((byte)'\n') + 1;
        var lineStart = content[..valid].LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(content[lineStart..valid]) + 1;
        sources.Remember(displayPath, Encoding.UTF8.GetString(content).Replace("\r\n", "\n", StringComparison.Ordinal));
        diagnostics.Error(DiagnosticCode.FileUnreadable, new SourceSpan(displayPath, line, column),
            "文件不是 UTF-8 编码（多半是 GBK/GB18030，中文 Windows 的记事本、WPS、Excel 常存成这种编码），从这里起无法读取", SaveAsUtf8);
        return null;
    }
}
