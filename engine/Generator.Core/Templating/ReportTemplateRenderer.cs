using System.Reflection;
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

    /// <summary>
    /// Narrative keys templates can place with <c>```narrative key</c>: the YAML path with <c>_</c> for
    /// <c>.</c> (<c>requests.note</c> is <c>requests_note</c>), since a fence name has no dots.
    /// </summary>
    public static IReadOnlyDictionary<string, NarrativeText> Narratives(Report report) =>
        report.NarrativeFields().ToDictionary(n => n.Path.Replace('.', '_'), n => n.Text, StringComparer.Ordinal);

    public static string? Render(Report report, TemplateSet templates, DiagnosticBag diagnostics)
    {
        var context = new MarkupTemplateContext
        {
            TemplateLoader = templates,
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursiveLimit,
            LimitToString = 64 * 1024,
            MemberFilter = member => member is PropertyInfo,
        };
        if (context.BuiltinObject["include"] is IScriptCustomFunction include)
        {
            context.BuiltinObject.SetValue("include", new IncludeMarkupFunction(include), readOnly: true);
        }

        // A misspelt member is an error, as a misspelt variable is with StrictVariables.
        context.TryGetMember = (Scriban.TemplateContext ctx, Scriban.Parsing.SourceSpan span, object target, string member, out object? value) =>
            throw new ScriptRuntimeException(span, $"`{member}` 不是可用的字段（请检查拼写；数据字段名见 docs/data-format.md）");
        templates.Prime(context);

        var globals = new ScriptObject();
        globals.Import(typeof(ReportFunctions));
        globals.SetValue("report", report, readOnly: true);
        globals.SetValue("bureau", report.Bureau, readOnly: true);
        globals.SetValue("format", report.Format.Name(), readOnly: true);
        context.PushGlobal(globals);

        try
        {
            var output = templates.Main.Render(context);
            if (output.Length > OutputLimit)
            {
                diagnostics.Error(DiagnosticCode.TemplateRuntime, new SourceSpan(templates.MainDisplayPath, 1, 1),
                    $"模板输出超过上限（{OutputLimit / 1024 / 1024} MB），模板中可能有失控的循环");
                return null;
            }

            return output;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(DiagnosticCode.TemplateRuntime, TemplateSet.ToSpan(e.Span), "模板运行错误：" + TemplateMessages.Translate(e.OriginalMessage));
            return null;
        }
    }
}
