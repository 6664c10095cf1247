using System.Text.RegularExpressions;
using Generator.Data;
using Generator.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using ScribanSpan = Scriban.Parsing.SourceSpan;
using SourceSpan = Generator.Diagnostics.SourceSpan;

namespace Generator.Templating;

/// <summary>
/// The templates of one official format: <c>templates/&lt;format&gt;/report.scriban</c> and its partials,
/// plus shared partials in <c>templates/common/</c>. All files are parsed once up front, so every
/// syntax error of every file is reported together, and partials are never read from outside the folder.
/// </summary>
public sealed partial class TemplateSet : ITemplateLoader
{
    public const string MainTemplate = "report";
    private const string Extension = ".scriban";

    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    private TemplateSet(ReportFormat format, string root, string displayRoot)
    {
        Format = format;
        Root = root;
        DisplayRoot = displayRoot;
    }

    public ReportFormat Format { get; }

    public string Root { get; }

    public string DisplayRoot { get; }

    public string MainDisplayPath => DisplayPath(MainTemplate);

    public Template Main => _templates[MainTemplate];

    /// <summary>Loads and parses the set; returns null after reporting when the main template is missing or any file has syntax errors.</summary>
    public static TemplateSet? Load(string templatesRoot, string displayRoot, ReportFormat format, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        var set = new TemplateSet(format, templatesRoot, displayRoot);
        var ok = true;
        foreach (var (name, path) in set.Files())
        {
            var display = set.DisplayPath(name);
            if (!Generator.Files.FolderLinks.IsInside(path, templatesRoot))
            {
                diagnostics.Error(DiagnosticCode.TemplateOutsideFolder, new SourceSpan(display, 0, 0),
                    $"模板 {display} 是指向模板文件夹以外的链接，不能使用",
                    "模板只能是模板文件夹中的普通文件：请把要用的内容复制到这里，不要用符号链接（快捷方式）指向别处。");
                ok = false;
                continue;
            }

            if (TemplateFiles.Read(path, out var problem) is not { } text)
            {
                diagnostics.Error(DiagnosticCode.TemplateUnreadable, new SourceSpan(display, 0, 0), $"{problem}：{display}",
                    "模板文件请用 VS Code 等编辑器以 UTF-8 编码保存；检查文件权限，或从版本库恢复这个文件。");
                ok = false;
                continue;
            }

            sources.Remember(display, text);
            var template = Template.Parse(text, display);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Error(DiagnosticCode.TemplateSyntax, ToSpan(message.Span, text), "模板语法错误：" + TemplateMessages.Translate(message.Message),
                    "请检查 {{ }} 是否配对、if/for 是否有对应的 end。");
                ok = false;
            }

            set._templates[name] = template;
            set._texts[name] = text;
        }

        if (!set._templates.ContainsKey(MainTemplate))
        {
            // A main template that exists but was refused above has been reported already.
            if (set.Files().Any(f => f.Name == MainTemplate))
            {
                return null;
            }

            diagnostics.Error(DiagnosticCode.TemplateNotFound, new SourceSpan(set.MainDisplayPath, 0, 0),
                $"找不到模板 {set.MainDisplayPath}", "请检查 --templates 指向的文件夹，其中应有 2019/ 和 2021/ 两套模板。");
            return null;
        }

        return ok ? set : null;
    }

    /// <summary>Puts the parsed templates where Scriban's include looks first, so partials are parsed once per run, not per report.</summary>
    internal void Prime(TemplateContext context)
    {
        foreach (var (name, template) in _templates)
        {
            context.CachedTemplates[name] = template;
        }
    }

    public static SourceSpan ToSpan(ScribanSpan span) => new(span.FileName ?? string.Empty, span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>
    /// A parser message's place; Scriban gives an error at the end of the file (an unclosed <c>{{</c>)
    /// no position, which is shown at the end of the file's last line instead.
    /// </summary>
    private static SourceSpan ToSpan(ScribanSpan span, string text)
    {
        if (span.Start.Line >= 0)
        {
            return ToSpan(span);
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var last = lines.Length > 1 && lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        return new SourceSpan(span.FileName ?? string.Empty, last, lines[last - 1].Length + 1);
    }

    private IEnumerable<(string Name, string Path)> Files() => FilesOf(Root, Format);

    /// <summary>
    /// The template files a set of <paramref name="format"/> may load: the <c>.scriban</c> files directly in
    /// <c>&lt;root&gt;/&lt;format&gt;/</c> and <c>&lt;root&gt;/common/</c>, by template name. Nothing else of the
    /// folder can change a report (the build's fingerprint reads the same list).
    /// </summary>
    public static IEnumerable<(string Name, string Path)> FilesOf(string root, ReportFormat format)
    {
        foreach (var (folder, prefix) in new[] { (Path.Combine(root, format.Name()), string.Empty), (Path.Combine(root, "common"), "common/") })
        {
            if (!Directory.Exists(folder))
            {
                continue;
            }

            // Entries, not only files: a folder or a link to one named like a template is refused by the reader, not skipped.
            foreach (var file in Directory.EnumerateFileSystemEntries(folder, "*" + Extension).Order(StringComparer.Ordinal))
            {
                yield return (prefix + Path.GetFileNameWithoutExtension(file), file);
            }
        }
    }

    private string DisplayPath(string name) =>
        name.StartsWith("common/", StringComparison.Ordinal)
            ? $"{DisplayRoot}/{name}{Extension}"
            : $"{DisplayRoot}/{Format.Name()}/{name}{Extension}";

    // ITemplateLoader: include 'name' resolves only to a template of this set; anything else is an error.
    string ITemplateLoader.GetPath(TemplateContext context, ScribanSpan callerSpan, string templateName)
    {
        if (!NamePattern().IsMatch(templateName) || !_templates.ContainsKey(templateName))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan,
                $"找不到被引用的模板“{templateName}”（只能引用 {DisplayRoot}/{Format.Name()}/ 或 {DisplayRoot}/common/ 中的模板，写文件名不带 .scriban）");
        }

        return templateName;
    }

    string ITemplateLoader.Load(TemplateContext context, ScribanSpan callerSpan, string templatePath) => _texts[templatePath];

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
        new(_texts[templatePath]);

    [GeneratedRegex("^(common/)?[a-z0-9_]+$")]
    private static partial Regex NamePattern();
}
