using Generator.Document;

namespace Generator.Rendering;

/// <summary>
/// Dispatches each node to the renderer registered for its type. A format that lacks a renderer for
/// some node type fails loudly (and a test checks every format covers every node type).
/// </summary>
public abstract class DocumentRenderer<TSelf>
    where TSelf : DocumentRenderer<TSelf>
{
    private readonly Dictionary<Type, Action<TSelf, Node>> _renderers = [];

    /// <summary>The node types this format can render.</summary>
    public IReadOnlyCollection<Type> SupportedNodeTypes => _renderers.Keys;

    protected void Register<TNode>(NodeRenderer<TSelf, TNode> renderer)
        where TNode : Node =>
        _renderers[typeof(TNode)] = renderer.Render;

    public void Render(Node node)
    {
        if (!_renderers.TryGetValue(node.GetType(), out var render))
        {
            throw new InvalidOperationException($"{GetType().Name} has no renderer for {node.GetType().Name}.");
        }

        render((TSelf)this, node);
    }

    public void RenderAll(IEnumerable<Node> nodes)
    {
        foreach (var node in nodes)
        {
            Render(node);
        }
    }
}
