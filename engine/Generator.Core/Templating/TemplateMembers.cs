using System.Reflection;

namespace Generator.Templating;

/// <summary>
/// Which .NET members a template can read: public properties of the engine's own model types, and
/// nothing else. Methods (<c>GetType</c>), fields and the properties of framework types (a
/// <c>Type</c>'s <c>Assembly</c>, a string's <c>Chars</c>) stay out of reach, so a template cannot
/// walk from the report into reflection, files or the environment.
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
        && !typeof(Assembly).IsAssignableFrom(property.PropertyType);
}
