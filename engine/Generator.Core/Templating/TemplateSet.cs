using System.Text.RegularExpressions;
using Generator.Data;
using Generator.Defaults;
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
    private readonly Dictionary<string, string> _textsByDisplay = new(StringComparer.Ordinal);

    private TemplateSet(ReportFormat format, string? root, string displayRoot)
    {
        Format = format;
        Root = root;
        DisplayRoot = displayRoot;
    }

    public ReportFormat Format { get; }

    /// <summary>The templates folder; null for the built-in templates.</summary>
    public string? Root { get; }

    public string DisplayRoot { get; }

    public string MainDisplayPath => DisplayPath(MainTemplate);

    public Template Main => _templates[MainTemplate];

    /// <summary>A template of the set by the name <c>include</c> uses (<c>graphic</c>, <c>common/graphic</c>); null when there is none.</summary>
    internal Template? Find(string name) => _templates.GetValueOrDefault(name);

    /// <summary>The first of <paramref name="names"/> the set has (a format's own template before the common one); null when it has none.</summary>
    internal Template? FindFirst(IEnumerable<string> names) => names.Select(Find).FirstOrDefault(t => t is not null);

    /// <summary>
    /// Loads and parses the set from <paramref name="templatesRoot"/>, or the built-in official templates when it
    /// is null; returns null after reporting when the main template is missing or any file has syntax errors.
    /// </summary>
    public static TemplateSet? Load(string? templatesRoot, string? displayBase, ReportFormat format, SourceTextCache sources, DiagnosticBag diagnostics) =>
        LoadFrom(templatesRoot, templatesRoot is null ? BuiltInFiles.TemplatesDisplayRoot : Generator.Data.DisplayPath.Of(templatesRoot, displayBase), format, sources, diagnostics);

    /// <summary>Loads the set from <paramref name="templatesRoot"/> (null: built in), shown to users as <paramref name="displayRoot"/>.</summary>
    internal static TemplateSet? LoadFrom(string? templatesRoot, string displayRoot, ReportFormat format, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        var set = new TemplateSet(format, templatesRoot, displayRoot);
        var ok = true;
        foreach (var (name, path) in set.Files())
        {
            var display = set.DisplayPath(name);
            if (templatesRoot is null)
            {
                // Built in: compiled from the repository's templates/, checked there by the tests.
                var builtIn = TemplateFiles.Decode(BuiltInTemplate(path), out _) ?? throw new InvalidOperationException($"built-in template {path} is not UTF-8");
                ok &= set.Parse(name, display, builtIn, sources, diagnostics);
                continue;
            }

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

            ok &= set.Parse(name, display, text, sources, diagnostics);
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

    /// <summary>Parses one template of the set; false after reporting its syntax errors.</summary>
    private bool Parse(string name, string display, string text, SourceTextCache sources, DiagnosticBag diagnostics)
    {
        sources.Remember(display, text);
        var template = Template.Parse(text, display);
        var ok = true;
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            var (explained, hint) = TemplateMessages.ExplainSyntax(message.Message);
            diagnostics.Error(DiagnosticCode.TemplateSyntax, ToSpan(message.Span, text), "模板语法错误：" + explained, hint);
            ok = false;
        }

        _templates[name] = template;
        _texts[name] = text;
        _textsByDisplay[display] = text;
        return ok;
    }

    /// <summary>Puts the parsed templates where Scriban's include looks first, so partials are parsed once per run, not per report.</summary>
    internal void Prime(TemplateContext context)
    {
        foreach (var (name, template) in _templates)
        {
            context.CachedTemplates[name] = template;
        }
    }

    /// <summary>The template text at <paramref name="span"/> as written (Scriban prints a node in its own spacing), or null.</summary>
    internal string? TextAt(ScribanSpan span)
    {
        if (span.FileName is null || !_textsByDisplay.TryGetValue(span.FileName, out var text))
        {
            return null;
        }

        var (start, end) = (span.Start.Offset, span.End.Offset);
        return start >= 0 && end >= start && end < text.Length ? text[start..(end + 1)] : null;
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

    private IEnumerable<(string Name, string Path)> Files() => Root is null ? BuiltInFilesOf(Format) : FilesOf(Root, Format);

    /// <summary>The built-in templates of <paramref name="format"/>, as <see cref="FilesOf"/> lists a folder's: the path is below <c>templates/</c>.</summary>
    public static IEnumerable<(string Name, string Path)> BuiltInFilesOf(ReportFormat format)
    {
        foreach (var (folder, prefix) in new[] { (format.Name() + "/", string.Empty), ("common/", "common/") })
        {
            foreach (var file in BuiltInFiles.Templates)
            {
                var rest = file.Path.StartsWith(folder, StringComparison.Ordinal) ? file.Path[folder.Length..] : null;
                if (rest is not null && !rest.Contains('/', StringComparison.Ordinal) && rest.EndsWith(Extension, StringComparison.Ordinal))
                {
                    yield return (prefix + rest[..^Extension.Length], file.Path);
                }
            }
        }
    }

    private static byte[] BuiltInTemplate(string path) => BuiltInFiles.Templates.Single(f => f.Path == path).Content;

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
            ? Generator.Data.DisplayPath.Styled($"{DisplayRoot}/{name}{Extension}", OperatingSystem.IsWindows())
            : Generator.Data.DisplayPath.Styled($"{DisplayRoot}/{Format.Name()}/{name}{Extension}", OperatingSystem.IsWindows());

    // ITemplateLoader: include 'name' resolves only to a template of this set; anything else is an error.
    string ITemplateLoader.GetPath(TemplateContext context, ScribanSpan callerSpan, string templateName)
    {
        if (!NamePattern().IsMatch(templateName) || !_templates.ContainsKey(templateName))
        {
            throw new TemplateException(callerSpan,
                $"找不到被引用的模板“{templateName}”（只能引用 {DisplayRoot}/{Format.Name()}/ 或 {DisplayRoot}/common/ 中的模板，写文件名不带 .scriban）",
                ScribanMessages.IncludeHint);
        }

        return templateName;
    }

    string ITemplateLoader.Load(TemplateContext context, ScribanSpan callerSpan, string templatePath) => _texts[templatePath];

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
        new(_texts[templatePath]);

    [GeneratedRegex("^(common/)?[a-z0-9_]+$")]
    private static partial Regex NamePattern();
}
