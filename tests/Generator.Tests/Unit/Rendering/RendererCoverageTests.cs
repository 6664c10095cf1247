using System.Text;
using Generator.Document;
using Generator.Rendering.Html;
using Generator.Rendering.Markdown;
using Generator.Rendering.Word;

namespace Generator.Tests.Unit.Rendering;

/// <summary>Every node type of the document model has a renderer in every format: adding a node without one fails here.</summary>
public sealed class RendererCoverageTests
{
    /// <summary>Every concrete node type of the document model.</summary>
    internal static readonly Type[] NodeTypes = [.. typeof(Node).Assembly.GetTypes()
        .Where(t => typeof(Node).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static TheoryData<string> Formats() => new() { "html", "md", "docx" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_node_type_has_a_renderer(string format)
    {
        IReadOnlyCollection<Type> supported = format switch
        {
            "html" => new HtmlRenderer(new StringBuilder()).SupportedNodeTypes,
            "md" => new MarkdownRenderer(new StringBuilder()).SupportedNodeTypes,
            _ => WordSupportedNodeTypes(),
        };

        Assert.True(NodeTypes.Length >= 14, "the model's node types were not found");
        var missing = NodeTypes.Where(t => !supported.Contains(t)).Select(t => t.Name).ToList();
        Assert.True(missing.Count == 0, $"{format} lacks renderers for: {string.Join(", ", missing)}");
    }

    private static IReadOnlyCollection<Type> WordSupportedNodeTypes()
    {
        using var xml = new WordXmlWriter();
        return new WordRenderer(xml).SupportedNodeTypes;
    }
}
