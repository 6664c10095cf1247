using System.Diagnostics.CodeAnalysis;

namespace Generator.Rendering;

/// <summary>
/// Every concrete <c>NodeRenderer&lt;TFormat, TNode&gt;</c> of the engine, with its format and node type, found
/// once for all formats: in the native executable listing an assembly's types costs milliseconds of start-up,
/// and each format listing them again tripled it.
/// </summary>
internal static class NodeRendererTypes
{
    public static IReadOnlyList<(Type Renderer, Type Format, Type Node)> All { get; } = Find();

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = AotNotes.CoreIsRooted)]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = AotNotes.CoreIsRooted)]
    private static List<(Type, Type, Type)> Find() =>
        [.. typeof(NodeRendererTypes).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(NodeRenderer<,>))
            .Select(t => (t, t.BaseType!.GetGenericArguments()[0], t.BaseType.GetGenericArguments()[1]))];
}
