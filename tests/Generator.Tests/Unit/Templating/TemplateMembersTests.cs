using System.Reflection;
using Generator.Data;
using Generator.Templating;

namespace Generator.Tests.Unit.Templating;

/// <summary>
/// Templates are untrusted code: from <c>report</c> and <c>bureau</c> they may reach the model's
/// properties and nothing that leads out of the model (reflection, delegates, framework objects).
/// </summary>
public sealed class TemplateMembersTests
{
    [Fact]
    public void Every_property_a_template_can_reach_from_the_report_is_model_data()
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(Report)]);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(TemplateMembers.IsVisible))
            {
                var target = Element(property.PropertyType);
                Assert.False(typeof(MemberInfo).IsAssignableFrom(target) || typeof(Delegate).IsAssignableFrom(target) || typeof(Stream).IsAssignableFrom(target),
                    $"{type.Name}.{property.Name} gives templates a {target.Name}");
                if (target.Assembly == typeof(Report).Assembly)
                {
                    pending.Enqueue(target);
                }
            }
        }

        Assert.Contains(typeof(Bureau), seen);
    }

    [Theory]
    [InlineData(typeof(string), nameof(string.Length))]
    [InlineData(typeof(Type), nameof(Type.Assembly))]
    [InlineData(typeof(Exception), nameof(Exception.TargetSite))]
    public void Framework_properties_are_hidden(Type type, string name) =>
        Assert.False(TemplateMembers.IsVisible(type.GetProperty(name)!));

    /// <summary>Where a value was read from is the engine's bookkeeping: a report has no use for it, and it names the build machine's folders.</summary>
    [Theory]
    [InlineData(typeof(Report), nameof(Report.Span))]
    [InlineData(typeof(Report), nameof(Report.File))]
    [InlineData(typeof(FigureRow), nameof(FigureRow.TotalSpan))]
    [InlineData(typeof(Count), nameof(Count.Span))]
    [InlineData(typeof(NarrativeText), nameof(NarrativeText.File))]
    [InlineData(typeof(NarrativeText), nameof(NarrativeText.FirstLine))]
    [InlineData(typeof(NarrativeText), nameof(NarrativeText.Indent))]
    [InlineData(typeof(Waiver), nameof(Waiver.Span))]
    public void Data_positions_are_hidden(Type type, string name) =>
        Assert.False(TemplateMembers.IsVisible(type.GetProperty(name)!));

    [Fact]
    public void No_visible_property_is_a_position() =>
        Assert.DoesNotContain(typeof(Report).Assembly.GetTypes().SelectMany(t => t.GetProperties()).Where(TemplateMembers.IsVisible),
            p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == typeof(Generator.Diagnostics.SourceSpan));

    [Fact]
    public void Methods_are_hidden() => Assert.False(TemplateMembers.IsVisible(typeof(Report).GetMethod(nameof(GetType))!));

    /// <summary>What a property holds, looking through nullable and collection types.</summary>
    private static Type Element(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return underlying;
        }

        var enumerable = type != typeof(string)
            ? type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            : null;
        return enumerable is null ? type : Element(enumerable.GetGenericArguments()[0]);
    }
}
