using Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Generator.Data.Yaml;

/// <summary>
/// Reads one YAML file into YamlDotNet's representation model, which keeps a position on every
/// node. Syntax errors (bad indentation, duplicate keys, tabs) become diagnostics, never exceptions.
/// </summary>
internal static partial class YamlFile
{
    /// <summary>Refuse files that cannot be a report; keeps a pasted binary or a runaway file from hanging the tool.</summary>
    private const long MaxBytes = 1 << 20;

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
                    $"文件过大（{info.Length} 字节），数据文件不应超过 1 MB",
                    "一年的报告数据只有几 KB：请检查是否选错了文件，或把别的内容粘贴进了这个文件。");
                return null;
            }

            var decoded = Decode(File.ReadAllBytes(path), displayPath, sources, diagnostics);
            if (decoded is null)
            {
                return null;
            }

            // CR LF (Windows) and a lone CR (old Mac editors) read as LF, so that lines and columns in
            // diagnostics are the ones YAML counts, and narrative never carries a stray CR.
            text = decoded.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }
        catch (IOException e)
        {
            diagnostics.Error(DiagnosticCode.FileUnreadable, new SourceSpan(displayPath, 0, 0), $"无法读取文件：{e.Message}",
                "请检查文件是否被其他程序占用，或从备份恢复这个文件。");
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCode.FileUnreadable, new SourceSpan(displayPath, 0, 0), "没有读取该文件的权限",
                "请检查文件的权限，或把文件复制到自己有权限的文件夹后再试。");
            return null;
        }

        sources.Remember(displayPath, text);
        return Parse(text, displayPath, diagnostics);
    }

    public static MapReader? Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        var context = new YamlContext(displayPath, text, diagnostics);
        var scan = YamlPrescan.Run(text);
        if (!CheckIndentation(context, scan))
        {
            return null;
        }

        if (scan.Error is { } error)
        {
            ReportSyntaxError(error, context);
            return null;
        }

        if (!CheckLimits(context, scan))
        {
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(scan.Replay());
        }
        catch (YamlException e)
        {
            ReportSyntaxError(e, context);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet's loader refuses some event sequences its parser accepts (found by PipelineFuzzTests).
            diagnostics.Error(DiagnosticCode.YamlSyntax, SourceSpan.StartOf(displayPath), "YAML 格式错误：文件的结构无法读取",
                "数据文件只能有一个文档：请删去多余的 ---、... 和 % 开头的行，并检查引号和括号是否配对。");
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
}
