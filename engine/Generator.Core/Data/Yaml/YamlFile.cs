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
    /// <summary>
    /// Refuse files that cannot be a report; keeps a pasted binary or a runaway file from hanging the tool. Whatever
    /// else reads a data file (hashing, fixing, quoting, editing in serve) reads up to this size and no further.
    /// </summary>
    internal const int MaxBytes = 1 << 20;

    /// <summary>Loads the file; returns a reader over its top-level mapping, or null after reporting why not.</summary>
    public static MapReader? Load(string path, string displayPath, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        var bytes = Files.InputFile.Read(path, MaxBytes, out var problem);
        switch (problem)
        {
            case Files.InputProblem.None:
                break;
            case Files.InputProblem.NotFound:
                diagnostics.Error(DiagnosticCode.FileNotFound, new SourceSpan(displayPath, 0, 0), $"找不到文件 {displayPath}",
                    "请检查单位文件夹名和年度是否写对。");
                return null;
            case Files.InputProblem.TooLarge:
                diagnostics.Error(DiagnosticCode.FileUnreadable, SourceSpan.StartOf(displayPath),
                    $"文件过大（超过 {MaxBytes / 1024 / 1024} MB），数据文件不应超过 1 MB",
                    "一年的报告数据只有几 KB：请检查是否选错了文件，或把别的内容粘贴进了这个文件。");
                return null;
            case Files.InputProblem.Pipe or Files.InputProblem.Device or Files.InputProblem.NotAFile:
                diagnostics.Error(DiagnosticCode.FileUnreadable, SourceSpan.StartOf(displayPath),
                    $"{displayPath} {Files.InputFile.Describe(problem, MaxBytes)}，不予读取",
                    "数据文件必须是普通的文本文件：请删除这个特殊文件，放一份真正的 YAML 文件在这里。");
                return null;
            default:
                diagnostics.Error(DiagnosticCode.FileUnreadable, new SourceSpan(displayPath, 0, 0), $"无法读取文件：{Files.InputFile.Describe(problem, MaxBytes)}",
                    problem == Files.InputProblem.Denied
                        ? "请检查文件的权限，或把文件复制到自己有权限的文件夹后再试。"
                        : "请检查文件是否被其他程序占用，或从备份恢复这个文件。");
                return null;
        }

        var decoded = Decode(bytes!, displayPath, sources, diagnostics);
        if (decoded is null)
        {
            return null;
        }

        // CR LF (Windows) and a lone CR (old Mac editors) read as LF, so that lines and columns in
        // diagnostics are the ones YAML counts, and narrative never carries a stray CR.
        var text = decoded.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        sources.Remember(displayPath, text);
        return Parse(text, displayPath, diagnostics);
    }

    public static MapReader? Parse(string text, string displayPath, DiagnosticBag diagnostics) => Parse(text, displayPath, diagnostics, slipsFixed: false);

    /// <param name="slipsFixed">Whether this text is the file with its certain fixes made (see below): then a slip left is final.</param>
    private static MapReader? Parse(string text, string displayPath, DiagnosticBag diagnostics, bool slipsFixed)
    {
        var context = new YamlContext(displayPath, text, diagnostics);
        if (!CheckInvisibleCharacters(context, text))
        {
            return null;
        }

        var scan = YamlPrescan.Run(text);
        var slips = new DiagnosticBag();
        var indentation = CheckIndentation(context, scan);
        var keyboard = CheckKeyboard(context, slips);
        diagnostics.AddRange(slips.Items);
        if (!indentation)
        {
            return null;
        }

        if (!keyboard)
        {
            // The parser would misread these lines. When each slip has one certain fix, the file is read on
            // as if they were made, so its other problems are told in the same run, at their places in the
            // file as it is; otherwise the slips alone are told.
            if (slipsFixed || slips.Items.Any(d => d.Fix is null))
            {
                return null;
            }

            var edits = new TextEdits(slips.Items.Select(d => d.Fix!));
            return Parse(edits.Apply(text), displayPath, new DiagnosticBag(diagnostics, edits.ToOriginal), slipsFixed: true);
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

        if (stream.Documents.Count > 1)
        {
            // YamlDotNet reads on after “---” into a second document, which no reader would look at.
            var second = YamlSpans.Of(displayPath, stream.Documents[1].RootNode);
            diagnostics.Error(DiagnosticCode.YamlSyntax, second.Line > 1 ? second with { Line = second.Line - 1, Column = 1 } : second,
                "YAML 格式错误：文件中的 --- 开始了第二个文档，它之后的内容不会被读取",
                "数据文件只能有一个文档：请删去这一行的 ---；若后面的内容有用，把它们并入前面的字段中。");
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
