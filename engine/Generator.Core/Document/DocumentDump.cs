using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;

namespace Generator.Document;

/// <summary>
/// A plain-text dump of the document model, one node a line with its source span: for bug reports
/// and for seeing what a template produced. Generic over node types, so a new node is dumped without changes here.
/// </summary>
public static class DocumentDump
{
    public static string Of(ReportDocument document)
    {
        var sb = new StringBuilder();
        sb.Append("ReportDocument \"").Append(document.Title).Append("\"\n");
        foreach (var block in document.Blocks)
        {
            Append(sb, block, 1);
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Node node, int depth)
    {
        sb.Append(' ', depth * 2).Append(node.GetType().Name);
        var children = new List<Node>();
        foreach (var property in Properties(node.GetType()))
        {
            var value = property.GetValue(node);
            switch (value)
            {
                case Node child:
                    children.Add(child);
                    break;
                case IEnumerable<int> numbers:
                    sb.Append(' ').Append(property.Name).Append("=[").Append(string.Join(' ', numbers)).Append(']');
                    break;
                case IEnumerable list and not string:
                    children.AddRange(list.OfType<Node>());
                    break;
                default:
                    sb.Append(' ').Append(property.Name).Append('=').Append(Format(value));
                    break;
            }
        }

        sb.Append(" @ ").Append(node.Span.ToString()).Append('\n');
        foreach (var child in children)
        {
            Append(sb, child, depth + 1);
        }
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = AotNotes.CoreIsRooted)]
    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != nameof(Node.Span) && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken);

    private static string Format(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\n", "\\n", StringComparison.Ordinal) + "\"",
        _ => value.ToString() ?? string.Empty,
    };
}
