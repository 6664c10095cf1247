using System.Diagnostics.CodeAnalysis;
using Generator.Document;

namespace Generator.Rendering;

/// <summary>
/// Dispatches each node to the renderer registered for its type. A format that lacks a renderer for
/// some node type fails loudly (and a test checks every format covers every node type).
/// </summary>
public abstract class DocumentRenderer<TSelf>
    where TSelf : DocumentRenderer<TSelf>
{
    /// <summary>
    /// The per-node renderers of this format: every concrete <c>NodeRenderer&lt;TSelf, TNode&gt;</c> in
    /// the assembly, found once per format, so adding a node renderer is adding one class.
    /// </summary>
    private static readonly Dictionary<Type, Action<TSelf, Node>> Renderers = FindRenderers();

    /// <summary>The node types this format can render.</summary>
    public IReadOnlyCollection<Type> SupportedNodeTypes => Renderers.Keys;

    public void Render(Node node)
    {
        if (!Renderers.TryGetValue(node.GetType(), out var render))
        {
            throw new InvalidOperationException($"{GetType().Name} has no renderer for {node.GetType().Name}.");
        }

        render((TSelf)this, node);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = AotNotes.CoreIsRooted)]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = AotNotes.CoreIsRooted)]
    [UnconditionalSuppressMessage("Trimming", "IL2077", Justification = AotNotes.CoreIsRooted)]
    private static Dictionary<Type, Action<TSelf, Node>> FindRenderers()
    {
        var result = new Dictionary<Type, Action<TSelf, Node>>();
        foreach (var (type, format, node) in NodeRendererTypes.All)
        {
            if (format == typeof(TSelf))
            {
                var renderer = Activator.CreateInstance(type, nonPublic: true)!;
                var render = (Action<TSelf, Node>)Delegate.CreateDelegate(typeof(Action<TSelf, Node>), renderer, nameof(NodeRenderer<TSelf, Node>.Render));
                result.Add(node, render);
            }
        }

        return result;
    }

    public void RenderAll(IEnumerable<Node> nodes)
    {
        foreach (var node in nodes)
        {
            Render(node);
        }
    }
}
