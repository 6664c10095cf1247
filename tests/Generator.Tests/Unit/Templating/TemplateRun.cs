using Generator.Data;
using Generator.Diagnostics;
using Generator.Templating;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Tests.Unit.Templating;

/// <summary>Runs a small template over a sample report the way the build does (its own template set, the real renderer).</summary>
internal static class TemplateRun
{
    /// <summary>A report in the 2021 format (data/demo/2022.yaml, with contact details).</summary>
    public static Report Sample2021 { get; } = Load("demo", 2022);

    /// <summary>A report in the 2019 format.</summary>
    public static Report Sample2019 { get; } = Load("dongxihu", 2019);

    public sealed record Outcome(string? Output, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public Diagnostic Error => Assert.Single(Diagnostics, d => d.IsError);
    }

    /// <summary>
    /// Renders <paramref name="template"/> as <c>templates/&lt;format&gt;/report.scriban</c> (with any
    /// <paramref name="partials"/> beside it), over <paramref name="report"/> or the 2021 sample.
    /// </summary>
    public static Outcome Render(string template, Report? report = null, IReadOnlyDictionary<string, string>? partials = null)
    {
        var loaded = report ?? Sample2021;
        var diagnostics = new DiagnosticBag();
        var output = WithTemplates(template, loaded, partials, diagnostics,
            set => set is null ? null : ReportTemplateRenderer.Render(loaded, set, diagnostics));
        return new Outcome(output, diagnostics.Items);
    }

    /// <summary>Every error Scriban's parser gives for <paramref name="template"/>, in order.</summary>
    public static IReadOnlyList<string> ScribanParserSays(string template) =>
        [.. Template.Parse(template, "templates/2021/report.scriban").Messages.Where(m => m.Type == ParserMessageType.Error).Select(m => m.Message)];

    /// <summary>
    /// What Scriban alone says about <paramref name="template"/>: its first parser error, or the message of
    /// the error it stops with when run under the engine's settings (<see cref="ReportTemplateRenderer.Configure"/>)
    /// but in a plain context, without the engine's own checks; "(no error)" when it runs.
    /// </summary>
    public static string ScribanSays(string template, Report? report = null)
    {
        var parsed = Template.Parse(template, "templates/2021/report.scriban");
        if (parsed.Messages.FirstOrDefault(m => m.Type == ParserMessageType.Error) is { } error)
        {
            return error.Message;
        }

        var loaded = report ?? Sample2021;
        return WithTemplates(template, loaded, partials: null, new DiagnosticBag(), loadedSet =>
        {
            var set = loadedSet ?? throw new InvalidOperationException("the template folder does not load");
            using var timeout = new CancellationTokenSource(ReportTemplateRenderer.TimeLimit);
            var context = new TemplateContext(TemplateBuiltins.Shared);
            ReportTemplateRenderer.Configure(context, set, timeout.Token);
            context.PushOutput(new StringBuilderOutput());
            set.Prime(context);
            ReportTemplateRenderer.AddGlobals(context, loaded);
            try
            {
                set.Main.Render(context);
                return "(no error)";
            }
            catch (ScriptRuntimeException e)
            {
                return e.OriginalMessage;
            }
        });
    }

    /// <summary>
    /// Writes <paramref name="template"/> (and <paramref name="partials"/>) into a temporary templates folder for
    /// <paramref name="report"/>'s format, loads it as a build does, and hands the set to <paramref name="use"/>.
    /// </summary>
    private static T WithTemplates<T>(string template, Report report, IReadOnlyDictionary<string, string>? partials,
        DiagnosticBag diagnostics, Func<TemplateSet?, T> use)
    {
        var root = TestPaths.NewTempFolder();
        try
        {
            var folder = Path.Combine(root, report.Format.Name());
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "report.scriban"), template);
            foreach (var (name, text) in partials ?? new Dictionary<string, string>())
            {
                File.WriteAllText(Path.Combine(folder, name + ".scriban"), text);
            }

            return use(TemplateSet.LoadFrom(root, "templates", report.Format, new SourceTextCache(), diagnostics));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Report Load(string bureau, int year)
    {
        var data = new DataFolder(TestPaths.Data);
        var diagnostics = new DiagnosticBag();
        var source = Assert.Single(data.Find(bureau, year, diagnostics));
        return data.Load(source, new SourceTextCache(), diagnostics) ?? throw new InvalidOperationException($"{bureau}/{year} does not load");
    }
}
