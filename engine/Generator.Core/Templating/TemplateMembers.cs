using System.Reflection;
using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Templating;

/// <summary>
/// Which .NET members a template can read: public properties of the engine's own model types, and
/// nothing else. Methods (<c>GetType</c>), fields and the properties of framework types (a
/// <c>Type</c>'s <c>Assembly</c>, a string's <c>Chars</c>) stay out of reach, so a template cannot
/// walk from the report into reflection, files or the environment. Where a value was read from (its
/// <see cref="SourceSpan"/>, the data file's path and lines) is the engine's bookkeeping for diagnostics:
/// hidden too, as a report has no use for it and it would publish the folders of the machine that built it.
/// </summary>
internal static class TemplateMembers
{
    private static readonly Assembly Engine = typeof(TemplateMembers).Assembly;

    public static bool IsVisible(MemberInfo member) =>
        member is PropertyInfo { CanRead: true } property
        && property.GetIndexParameters().Length == 0
        && property.DeclaringType?.Assembly == Engine
        && !typeof(MemberInfo).IsAssignableFrom(property.PropertyType)
        && !typeof(Delegate).IsAssignableFrom(property.PropertyType)
        && !typeof(Assembly).IsAssignableFrom(property.PropertyType)
        && !IsBookkeeping(property);

    private static bool IsBookkeeping(PropertyInfo property) =>
        (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) == typeof(SourceSpan)
        || (property.DeclaringType == typeof(Report) && property.Name == nameof(Report.File))
        || (property.DeclaringType == typeof(NarrativeText)
            && property.Name is nameof(NarrativeText.File) or nameof(NarrativeText.FirstLine) or nameof(NarrativeText.Indent));
}
