using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using Generator.Data;
using Generator.Templating;
using Scriban.Runtime;

namespace Generator.Tests.Unit.Templating;

/// <summary>
/// What a template can reach, walked: every value reachable from <c>report</c> and <c>bureau</c> in the
/// samples (each model object, list, text, number, count and amount), printed, joined into text, asked for a
/// misspelt member and tested in a condition. Only text, numbers, amounts and counts print; everything else,
/// and every misspelt member of anything, is a located Chinese error.
/// </summary>
public sealed class TemplateValuesTests
{
    private const string Missing = "zzz_missing";

    /// <summary>Every path into the two samples (a list by its first item), with its value.</summary>
    public static TheoryData<string, string> Paths()
    {
        var data = new TheoryData<string, string>();
        foreach (var (sample, report) in Samples)
        {
            foreach (var (path, _) in Walk(report))
            {
                data.Add(sample, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_value_prints_only_if_it_is_text_a_number_an_amount_or_a_count(string sample, string path)
    {
        var (report, value) = Find(sample, path);
        var outcome = TemplateRun.Render($"{{{{ {path} }}}}", report);
        if (TemplateValues.IsPrintable(value))
        {
            Assert.DoesNotContain(outcome.Diagnostics, d => d.IsError);
            return;
        }

        var error = outcome.Error;
        Assert.Equal("GEN0302", error.Code);
        Assert.Equal((1, 4), (error.Span.Line, error.Span.Column));
        Assert.StartsWith($"模板运行错误：不能直接输出 `{path}`：它是", error.Message, StringComparison.Ordinal);
        Assert.Empty(TemplateEnglish.Words(error.Message + " " + error.Hint));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_value_becomes_text_only_if_it_is_text_a_number_an_amount_or_a_count(string sample, string path)
    {
        var (report, value) = Find(sample, path);
        foreach (var template in new[] { $"{{{{ \"第\" + {path} }}}}", $"{{{{ $\"第{{{path}}}\" }}}}" })
        {
            var outcome = TemplateRun.Render(template, report);
            if (TemplateValues.IsPrintable(value))
            {
                Assert.DoesNotContain(outcome.Diagnostics, d => d.IsError);
                continue;
            }

            var error = outcome.Error;
            Assert.Equal("GEN0302", error.Code);
            Assert.Contains("当作文字使用", error.Message, StringComparison.Ordinal);
            Assert.Empty(TemplateEnglish.Words(error.Message + " " + error.Hint));
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void A_misspelt_member_of_any_value_is_an_error(string sample, string path)
    {
        var (report, _) = Find(sample, path);
        foreach (var template in new[] { $"{{{{ {path}.{Missing} }}}}", $"{{{{ if {path}.{Missing} }}}}有{{{{ end }}}}", $"{{{{ x = {path}.{Missing} }}}}" })
        {
            var error = TemplateRun.Render(template, report).Error;
            Assert.Equal("GEN0302", error.Code);
            Assert.Contains(Missing, error.Message, StringComparison.Ordinal);
            Assert.Equal(1, error.Span.Line);
            Assert.Empty(TemplateEnglish.Words(error.Message + " " + error.Hint));
        }
    }

    [Fact]
    public void The_walk_reaches_every_kind_of_value()
    {
        var kinds = Samples.SelectMany(s => Walk(s.Report)).Select(p => p.Value?.GetType()).OfType<Type>().ToHashSet();
        Assert.Superset(new HashSet<Type>
        {
            typeof(Report), typeof(Bureau), typeof(Contact), typeof(ProactiveDisclosure2019), typeof(ProactiveDisclosure2021),
            typeof(DocumentCounts2019), typeof(DocumentCounts2021), typeof(ItemCounts), typeof(Procurement), typeof(RequestHandling),
            typeof(Appeals), typeof(FigureRow), typeof(NarrativeText), typeof(Waiver), typeof(Money), typeof(Count),
            typeof(MoneyUnit), typeof(ReportFormat), typeof(DateOnly), typeof(string), typeof(int), typeof(bool), typeof(decimal),
        }, kinds);
    }

    /// <summary>Every model type a template can reach, by reflection: only counts and amounts print.</summary>
    [Fact]
    public void No_model_type_but_counts_and_amounts_prints()
    {
        foreach (var type in ReachableTypes())
        {
            var instance = RuntimeHelpers.GetUninitializedObject(type);
            Assert.True(TemplateValues.IsPrintable(instance) == (type == typeof(Count) || type == typeof(Money)), type.Name);
            if (!TemplateValues.IsPrintable(instance))
            {
                var kind = TemplateValueKinds.Describe(instance);
                Assert.Empty(TemplateEnglish.Words(kind.Name + " " + kind.Hint));
            }
        }
    }

    [Theory]
    [InlineData("{{ [1, 2] }}")]
    [InlineData("{{ {a: 1} }}")]
    [InlineData("{{ 1..3 }}")]
    [InlineData("{{ this }}")]
    [InlineData("{{ string }}")]
    [InlineData("{{ @money }}")]
    [InlineData("{{ true }}")]
    [InlineData("{{ 1 / 0 }}")]
    [InlineData("{{ 0.0 / 0 }}")]
    [InlineData("{{ object.values report }}")]
    public void Values_a_template_makes_print_only_if_they_are_text_or_numbers(string template)
    {
        var error = TemplateRun.Render(template).Error;
        Assert.StartsWith("模板运行错误：不能直接输出 `", error.Message, StringComparison.Ordinal);
        Assert.Empty(TemplateEnglish.Words(error.Message + " " + error.Hint));
    }

    [Theory]
    [InlineData("{{ report.title.size }}", "23")]
    [InlineData("{{ report.requests.withheld.size }}", "8")]
    [InlineData("{{ report.proactive_disclosure.licensing.value }}", "1688")]
    [InlineData("{{ report.processing_fee.unit_text }}", "元")]
    [InlineData("{{ 1.5 }}", "1\\.5")]
    [InlineData("{{ $\"第{report.year}年\" }}", "第2022年")]
    [InlineData("{{ empty }}", "")]
    public void Documented_members_and_scalars_still_work(string template, string expected)
    {
        var outcome = TemplateRun.Render(template);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.IsError);
        Assert.Equal(expected, outcome.Output);
    }

    [Fact]
    public void A_clause_label_that_is_not_text_is_an_error_at_the_call()
    {
        var error = TemplateRun.Render("本年{{ clauses [report.requests.received] [1] }}").Error;
        Assert.Equal((1, 6), (error.Span.Line, error.Span.Column));
        Assert.Contains("`clauses` 只能把文字、数字或金额放进句子", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_objects_are_objects_to_templates_not_their_class_names()
    {
        var outcome = TemplateRun.Render("{{ object.kind report }} {{ object.kind report.requests.received }} {{ object.kind report.format }}");
        Assert.Equal("object object enum", outcome.Output);
    }

    private static readonly (string Name, Report Report)[] Samples = [("2019", TemplateRun.Sample2019), ("2021", TemplateRun.Sample2021)];

    private static (Report Report, object? Value) Find(string sample, string path)
    {
        var report = Samples.Single(s => s.Name == sample).Report;
        return (report, Walk(report).Single(p => p.Path == path).Value);
    }

    /// <summary>The paths a template can write, from <c>report</c> and <c>bureau</c>, as far as the data goes.</summary>
    private static List<(string Path, object? Value)> Walk(Report report)
    {
        var found = new List<(string, object?)>();
        Visit("report", report, found, 0);
        Visit("bureau", report.Bureau, found, 0);
        return found;
    }

    private static void Visit(string path, object? value, List<(string, object?)> found, int depth)
    {
        found.Add((path, value));
        if (value is null or string || depth > 8)
        {
            return;
        }

        if (value is IList list)
        {
            if (list.Count > 0)
            {
                Visit(path + "[0]", list[0], found, depth + 1);
            }

            return;
        }

        if (value.GetType().Assembly != typeof(Report).Assembly || value.GetType().IsEnum)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(TemplateMembers.IsVisible)
                     .OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            Visit($"{path}.{StandardMemberRenamer.Rename(property.Name)}", property.GetValue(value), found, depth + 1);
        }
    }

    /// <summary>The model types behind <c>report</c>, walked by their declared property types (nullable and list types looked through).</summary>
    private static HashSet<Type> ReachableTypes()
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(Report), typeof(ProactiveDisclosure2019), typeof(ProactiveDisclosure2021)]);
        while (pending.TryDequeue(out var type))
        {
            if (type == typeof(string) || type.IsPrimitive || !seen.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(TemplateMembers.IsVisible))
            {
                var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var element = target.GetInterfaces().Append(target)
                    .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>) && target != typeof(string));
                var item = element?.GetGenericArguments()[0] ?? target;
                item = Nullable.GetUnderlyingType(item) ?? item;
                if (item.Assembly == typeof(Report).Assembly || item == typeof(DateOnly))
                {
                    pending.Enqueue(item);
                }
            }
        }

        seen.Remove(typeof(ProactiveDisclosure));
        return seen;
    }
}
