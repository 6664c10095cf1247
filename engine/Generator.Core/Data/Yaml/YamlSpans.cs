using Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Generator.Data.Yaml;

internal static class YamlSpans
{
    public static SourceSpan Of(string file, YamlNode node) => new(file, (int)node.Start.Line, (int)node.Start.Column);
}
