namespace Generator.Rendering;

/// <summary>Renders one node type for one format (model: Markdig's per-node renderers).</summary>
public interface INodeRenderer
{
    Type NodeType { get; }
}
