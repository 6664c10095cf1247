using Generator.Document;

namespace Generator.Rendering;

/// <summary>Base of the per-node renderers: one small class per node type and format.</summary>
public abstract class NodeRenderer<TRenderer, TNode> : INodeRenderer
    where TNode : Node
{
    public Type NodeType => typeof(TNode);

    public void Render(TRenderer renderer, Node node) => Write(renderer, (TNode)node);

    protected abstract void Write(TRenderer renderer, TNode node);
}
