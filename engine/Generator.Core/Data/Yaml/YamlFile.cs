using System.Text;
using Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Data.Yaml;

/// <summary>
/// Reads one YAML file into YamlDotNet's representation model, which keeps a position on every
/// node. Syntax errors (bad indentation, duplicate keys, tabs) become diagnostics, never exceptions.
/// </summary>
internal static class YamlFile
{
    /// <summary>Refuse files that cannot be a report; keeps a pasted binary or a runaway file from hanging the tool.</summary>
    private const long MaxBytes = 1 << 20;

    /// <summary>Strict UTF-8: invalid bytes throw instead of silently turning into U+FFFD.</summary>
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads the file; returns a reader over its top-level mapping, or null after reporting why not.</summary>
    public static MapReader? Load(string path, string displayPath, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                diagnostics.Error(DiagnosticCode.FileNotFound, new SourceSpan(displayPath, 0, 0), $"找不到文件 {displayPath}",
                    "请检查单位文件夹名和年度是否写对。");
                return null;
            }

            if (info.Length > MaxBytes)
            {
                diagnostics.Error(DiagnosticCode.FileUnreadable, SourceSpan.StartOf(displayPath),
                    $"文件过大（{info.Length} 字节），数据文件不应超过 1 MB");
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            var bom = bytes.AsSpan().StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
            text = Utf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            // Chinese Windows editors often save GBK; decoding it leniently would put mojibake in a published report.
            diagnostics.Error(DiagnosticCode.FileUnreadable, SourceSpan.StartOf(displayPath), "文件不是 UTF-8 编码（可能是 GBK/GB2312）",
                "请用记事本或 VS Code 以“UTF-8”编码另存此文件。");
            return null;
        }
        catch (IOException e)
        {
            diagnostics.Error(DiagnosticCode.FileUnreadable, new SourceSpan(displayPath, 0, 0), $"无法读取文件：{e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCode.FileUnreadable, new SourceSpan(displayPath, 0, 0), "没有读取该文件的权限");
            return null;
        }

        sources.Remember(displayPath, text);
        return Parse(text, displayPath, diagnostics);
    }

    public static MapReader? Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var context = new YamlContext(displayPath, text, diagnostics);
        if (!CheckIndentation(context))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            ReportSyntaxError(e, context);
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var span = stream.Documents.Count == 0 ? SourceSpan.StartOf(displayPath) : YamlSpans.Of(displayPath, stream.Documents[0].RootNode);
            diagnostics.Error(DiagnosticCode.WrongNodeKind, span, "文件内容应是“字段: 值”的形式", "请参照 docs/data-format.md 中的示例。");
            return null;
        }

        return new MapReader(root, context, string.Empty);
    }

    /// <summary>
    /// Tabs and full-width spaces in indentation are the most common mistakes of people who copy from
    /// Word or WeChat; the YAML parser's own message for them is vague and points elsewhere, so they
    /// are found first, on every line, with a targeted hint.
    /// </summary>
    private static bool CheckIndentation(YamlContext context)
    {
        var ok = true;
        for (var i = 1; i <= context.LineCount; i++)
        {
            var line = context.Line(i);
            for (var c = 0; c < line.Length && line[c] is ' ' or '\t' or '\u3000'; c++)
            {
                if (line[c] == ' ')
                {
                    continue;
                }

                var tab = line[c] == '\t';
                context.Diagnostics.Error(DiagnosticCode.YamlSyntax, new SourceSpan(context.File, i, c + 1),
                    tab ? "YAML 格式错误：缩进中有 Tab 字符" : "YAML 格式错误：缩进中有全角空格",
                    tab ? "YAML 只能用空格缩进：请把这一行开头的 Tab 换成空格（同一层的字段要对齐）。"
                        : "请把这一行开头的全角空格（中文输入法下的空格）换成半角空格。");
                ok = false;
                break;
            }
        }

        return ok;
    }

    private static void ReportSyntaxError(YamlException e, YamlContext context)
    {
        var diagnostics = context.Diagnostics;
        var span = new SourceSpan(context.File, (int)e.Start.Line, (int)e.Start.Column);
        var message = e.Message;
        if (message.StartsWith("Duplicate key", StringComparison.Ordinal))
        {
            var key = message["Duplicate key".Length..].Trim();
            diagnostics.Error(DiagnosticCode.DuplicateKey, span, $"字段 {key} 写了两次", "同一层中每个字段只能出现一次，请删除或合并重复的一处。");
            return;
        }

        var line = context.Line(span.Line);
        var hint = line.Contains('\t', StringComparison.Ordinal)
            ? "这一行用了 Tab 键缩进；YAML 只能用空格缩进，请把 Tab 换成空格。"
            : line.Contains('\u3000', StringComparison.Ordinal)
                ? "这一行有全角空格；缩进只能用半角空格。"
                : "请检查这一行及上一行的缩进（同一层字段要对齐，用空格而不是 Tab），以及冒号后是否有空格。";
        diagnostics.Error(DiagnosticCode.YamlSyntax, span, $"YAML 格式错误：{Translate(message)}", hint);
    }

    /// <summary>Turns YamlDotNet's English parser messages into Chinese for the common cases.</summary>
    private static string Translate(string message) => message switch
    {
        _ when message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) => "此处不能出现“字段: 值”，多半是缩进不对",
        _ when message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase) => "缩进不对，找不到应有的字段",
        _ when message.Contains("did not find expected '-' indicator", StringComparison.OrdinalIgnoreCase) => "列表缩进不对",
        _ when message.Contains("did not find expected ',' or ']'", StringComparison.OrdinalIgnoreCase) => "方括号列表没有正确结束，缺少 , 或 ]",
        _ when message.Contains("did not find expected ',' or '}'", StringComparison.OrdinalIgnoreCase) => "花括号没有正确结束，缺少 , 或 }",
        _ when message.Contains("found character that cannot start any token", StringComparison.OrdinalIgnoreCase) => "出现了不能用在这里的字符（常见原因：Tab 缩进）",
        _ when message.Contains("while scanning a quoted scalar", StringComparison.OrdinalIgnoreCase) => "引号没有配对",
        _ when message.Contains("block sequence entries are not allowed", StringComparison.OrdinalIgnoreCase) => "此处不能开始一个列表，多半是缩进不对",
        _ => "无法解析此处（" + message + "）",
    };
}
