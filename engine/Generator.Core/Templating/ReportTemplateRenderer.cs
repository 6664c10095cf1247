using Generator.Data;
using Generator.Diagnostics;
using Generator.Templating.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Generator.Templating;

/// <summary>
/// Runs a template set over a report and returns the document markup. Limits are set on purpose:
/// templates are edited by non-programmers and must not hang, recurse without end or flood memory.
/// </summary>
public static class ReportTemplateRenderer
{
    public const int LoopLimit = 10_000;
    public const int RecursiveLimit = 32;
    public const int OutputLimit = 4 * 1024 * 1024;

    /// <summary>Longest string a template may build (a value, a concatenation); doubling a string in a loop stops here.</summary>
    public const int StringLimit = 64 * 1024;

    /// <summary>
    /// Evaluation steps for one report. The sample reports take at most about 1 500; this leaves room for
    /// templates many times larger and still stops a runaway template within about a second.
    /// </summary>
    public const long StepLimit = 2_000_000;

    /// <summary>
    /// Wall-clock backstop for what the step count cannot see (a single builtin call working on a long
    /// string). Not deterministic, so the step limit, not this, is what spec cases exercise.
    /// </summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Narrative keys templates can place with <c>```narrative key</c>: the YAML path with <c>_</c> for
    /// <c>.</c> (<c>requests.note</c> is <c>requests_note</c>), since a fence name has no dots.
    /// </summary>
    public static IReadOnlyDictionary<string, NarrativeText> Narratives(Report report) =>
        report.NarrativeFields().ToDictionary(n => n.Path.Replace('.', '_'), n => n.Text, StringComparer.Ordinal);

    /// <summary>
    /// Where templates write, one builder per thread: Scriban's own output starts at 16 characters and
    /// grows, chunk by chunk, for every report. Scriban empties it after each render.
    /// </summary>
    [ThreadStatic]
    private static System.Text.StringBuilder? Output;

    /// <summary>Our template functions, made once and frozen, shared by every report.</summary>
    private static readonly ScriptObject Functions = CreateFunctions();

    /// <summary>
    /// Makes the template functions and Scriban's allowed builtins now (both wrap methods by reflection: about 10 ms in
    /// the released executable). A build or validate calls this on another core while it reads the data
    /// (ReportBuilder), so that the first template finds them made; making them twice is impossible (static fields).
    /// </summary>
    internal static void Prepare()
    {
        _ = Functions;
        _ = TemplateBuiltins.Shared;
    }

    private static ScriptObject CreateFunctions()
    {
        var functions = new ScriptObject();
        foreach (var function in ReportFunctions.All.Concat(YearOverYearFunctions.All))
        {
            functions.SetValue(StandardMemberRenamer.Default(function.Method), function, readOnly: true);
        }

        functions.IsReadOnly = true;
        return functions;
    }

    /// <summary>The limits and rules every template runs under (a test runs Scriban alone under them, to see its own messages).</summary>
    internal static void Configure(Scriban.TemplateContext context, TemplateSet templates, CancellationToken cancellation)
    {
        context.TemplateLoader = templates;
        context.StrictVariables = true;
        context.LoopLimit = LoopLimit;
        context.RecursiveLimit = RecursiveLimit;
        context.LimitToString = StringLimit;
        context.OutputLimit = OutputLimit;

        // Scriban's default is to cut the output or the string short and carry on: a truncated report
        // would be published without a word. Throwing makes it a GEN0302 error instead.
        context.OnStringLimit = Scriban.ScriptLimitBehavior.Throw;
        context.OnOutputLimit = Scriban.ScriptLimitBehavior.Throw;
        context.MemberFilter = TemplateMembers.IsVisible;

        // An index past the end is an error, as a misspelt member is: Scriban's default answers null, so
        // `labels[9]` printed nothing, while a model list (an array) failed with .NET's English.
        context.EnableRelaxedIndexerAccess = false;
        context.CancellationToken = cancellation;
    }

    /// <summary>
    /// Our functions, then <c>report</c>, <c>bureau</c>, <c>format</c>, last year's <c>previous</c> and
    /// <c>comparison</c>, and <paramref name="more"/>.
    /// </summary>
    internal static void AddGlobals(Scriban.TemplateContext context, Report report, IReadOnlyDictionary<string, object?>? more = null)
    {
        context.PushGlobal(Functions);
        var globals = new ScriptObject();
        globals.SetValue("report", report, readOnly: true);
        globals.SetValue("bureau", report.Bureau, readOnly: true);
        globals.SetValue("format", report.Format.Name(), readOnly: true);

        // Last year's report in this year's format, or null: templates write {{ if previous }} … {{ end }}.
        var previous = report.PreviousYear is { } before ? Validation.YearOverYear.PreviousYear.InFormat(before, report.Format) : null;
        globals.SetValue("previous", previous, readOnly: true);
        globals.SetValue("comparison", Validation.YearOverYear.YearComparison.Of(report, report.PreviousYear), readOnly: true);
        foreach (var (name, value) in more ?? new Dictionary<string, object?>())
        {
            globals.SetValue(name, value, readOnly: true);
        }

        context.PushGlobal(globals);
    }

    /// <param name="cancellation">The report's own budget (see <c>ReportTime</c>); the template's shorter limit runs inside it.</param>
    public static string? Render(Report report, TemplateSet templates, DiagnosticBag diagnostics, CancellationToken cancellation = default) =>
        Render(report, templates, templates.Main, null, null, diagnostics, cancellation);

    /// <summary>
    /// Runs <paramref name="main"/> (a template of the set) under the same limits, with the same data and
    /// functions plus <paramref name="more"/> globals, every printed value passed through <paramref name="escape"/>
    /// (the report's markup when null). The 一图读懂 SVG is made this way.
    /// </summary>
    internal static string? Render(Report report, TemplateSet templates, Scriban.Template main, Func<string, string>? escape, IReadOnlyDictionary<string, object?>? more, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(TimeLimit);
        var context = new MarkupTemplateContext(TemplateBuiltins.Shared, StepLimit, escape) { SourceText = templates.TextAt };
        Configure(context, templates, timeout.Token);
        context.PushOutput(new StringBuilderOutput((Output ??= new System.Text.StringBuilder(16 * 1024)).Clear()));
        templates.Prime(context);
        AddGlobals(context, report, more);

        try
        {
            return main.Render(context);
        }
        catch (ScriptAbortException e)
        {
            diagnostics.Error(DiagnosticCode.TemplateRuntime, TemplateSet.ToSpan(e.Span),
                $"模板运行超过 {TimeLimit.TotalSeconds} 秒，已停止；模板中可能有失控的循环",
                "请检查循环的结束条件和函数的递归。");
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            var (message, hint) = TemplateMessages.Explain(e);
            diagnostics.Error(DiagnosticCode.TemplateRuntime, TemplateSet.ToSpan(e.Span), "模板运行错误：" + message, hint);
            return null;
        }
    }
}
