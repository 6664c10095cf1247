using Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Generator.Data.Yaml;

internal static class YamlSpans
{
    public static SourceSpan Of(string file, YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);

    public static string LineText(string text, int line)
    {
        var lines = text.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1] : string.Empty;
    }
}
