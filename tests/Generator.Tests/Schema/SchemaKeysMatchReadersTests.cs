using Generator.Data.Yaml;
using Generator.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Generator.Tests.Schema;

/// <summary>
/// The schema's property names are the keys the readers accept, mapping by mapping. The readers'
/// key sets are learnt from the readers themselves: a key nobody knows is slipped into one mapping of
/// a sample at a time, and the reader's “此处可用的字段有：…” hint lists every key it asked for there.
/// Every object in each schema must be probed by some sample, so a new reader field or schema
/// property cannot go unnoticed.
/// </summary>
public sealed class SchemaKeysMatchReadersTests
{
    private const string Probe = "zzzzzzzzzzzzzzzzzzzzzzzz";
    private const string HintPrefix = "此处可用的字段有：";

    [Theory]
    [InlineData(SchemaFiles.Report2019)]
    [InlineData(SchemaFiles.Report2021)]
    [InlineData(SchemaFiles.Bureau)]
    public void Every_mapping_of_the_schema_has_the_keys_its_reader_accepts(string schemaName)
    {
        var schema = SchemaFiles.Json(schemaName);
        var expected = SchemaMappings.Collect(schema);
        var probed = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in SamplesFor(schemaName))
        {
            foreach (var (path, keys) in ReaderKeys(file, schemaName == SchemaFiles.Bureau))
            {
                probed[path] = keys;
            }
        }

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), probed.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, keys) in expected)
        {
            Assert.True(keys.SetEquals(probed[path]),
                $"{schemaName} {path}: schema has [{string.Join(", ", keys)}], the reader accepts [{string.Join(", ", probed[path])}]");
        }
    }

    /// <summary>
    /// The schema's <c>required</c> lists are the keys whose absence the reader reports: each key of each
    /// mapping of the samples is taken out in turn and the reader asked whether it misses it.
    /// </summary>
    [Theory]
    [InlineData(SchemaFiles.Report2019)]
    [InlineData(SchemaFiles.Report2021)]
    [InlineData(SchemaFiles.Bureau)]
    public void Every_mapping_of_the_schema_requires_the_keys_its_reader_requires(string schemaName)
    {
        var expected = SchemaMappings.CollectRequired(SchemaFiles.Json(schemaName));
        var required = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var file in SamplesFor(schemaName))
        {
            var (root, text) = Load(file, schemaName == SchemaFiles.Bureau);
            foreach (var (path, mapping) in Mappings(root, string.Empty))
            {
                var keys = required.TryGetValue(path, out var set) ? set : required[path] = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Children.ToList())
                {
                    var name = ((YamlScalarNode)key).Value!;
                    mapping.Children.Remove(key);
                    var diagnostics = RunReader(root, text, schemaName == SchemaFiles.Bureau);
                    mapping.Children.Add(key, value);
                    var dotted = path.TrimStart('/').Replace("/[]", "[]", StringComparison.Ordinal).Replace('/', '.');
                    var missing = $"缺少必填字段 {(dotted.Length == 0 ? name : dotted + "." + name)}（";
                    if (diagnostics.Items.Any(d => d.Code == DiagnosticCode.MissingField.Id && d.Message.StartsWith(missing, StringComparison.Ordinal)))
                    {
                        keys.Add(name);
                    }
                }
            }
        }

        foreach (var (path, keys) in expected)
        {
            Assert.True(required.ContainsKey(path), $"{schemaName} {path}: no sample has this mapping");
            Assert.True(keys.SetEquals(required[path]),
                $"{schemaName} {path}: schema requires [{string.Join(", ", keys)}], the reader requires [{string.Join(", ", required[path])}]");
        }
    }

    private static IEnumerable<string> SamplesFor(string schemaName)
    {
        var files = Directory.EnumerateFiles(TestPaths.Data, "*.yaml", SearchOption.AllDirectories)
            .Append(Path.Combine(TestPaths.RepoRoot, "docs", "example-annotated.yaml"));
        return files.Where(f => File.ReadLines(f).First().EndsWith("/" + schemaName, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
    }

    /// <summary>For each mapping of the file (path as in <see cref="SchemaMappings"/>), the keys its reader asked for.</summary>
    private static IEnumerable<(string Path, SortedSet<string> Keys)> ReaderKeys(string file, bool bureau)
    {
        var (root, text) = Load(file, bureau);
        foreach (var (path, mapping) in Mappings(root, string.Empty))
        {
            var key = new YamlScalarNode(Probe);
            mapping.Add(key, new YamlScalarNode("0"));
            var diagnostics = RunReader(root, text, bureau);
            mapping.Children.Remove(key);
            var unknown = diagnostics.Items.Where(d => d.Code == DiagnosticCode.UnknownKey.Id && d.Message.Contains(Probe, StringComparison.Ordinal)).ToList();
            Assert.True(unknown.Count == 1, $"{file} {path}: the reader did not report the probe key once");
            var hint = unknown[0].Hint ?? string.Empty;
            Assert.StartsWith(HintPrefix, hint, StringComparison.Ordinal);
            yield return (path, new SortedSet<string>(hint[HintPrefix.Length..].TrimEnd('。').Split('、'), StringComparer.Ordinal));
        }
    }

    private static (YamlMappingNode Root, string Text) Load(string file, bool bureau)
    {
        var text = File.ReadAllText(file);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        if (!bureau)
        {
            AddOptionalMappings(root);
        }

        return (root, text);
    }

    /// <summary>The real reader on an edited tree (the text is only used for the indentation of block scalars).</summary>
    private static DiagnosticBag RunReader(YamlMappingNode root, string text, bool bureau)
    {
        var diagnostics = new DiagnosticBag();
        var reader = new MapReader(root, new YamlContext("probe.yaml", text, diagnostics), string.Empty);
        if (bureau)
        {
            BureauReader.Read(reader, "probe");
        }
        else
        {
            ReportReader.Read(reader, ReaderRun.TestBureau, null);
        }

        return diagnostics;
    }

    /// <summary>Optional mappings that not every sample has, so that each schema object is probed at least once.</summary>
    private static void AddOptionalMappings(YamlMappingNode root)
    {
        if (!root.Children.ContainsKey(new YamlScalarNode("processing_fee")))
        {
            root.Add("processing_fee", new YamlMappingNode(new YamlScalarNode("amount"), new YamlScalarNode("0"), new YamlScalarNode("unit"), new YamlScalarNode("元")));
        }

        if (!root.Children.ContainsKey(new YamlScalarNode("waivers")))
        {
            root.Add("waivers", new YamlSequenceNode(new YamlMappingNode(new YamlScalarNode("at"), new YamlScalarNode("requests.total"), new YamlScalarNode("reason"), new YamlScalarNode("探测"))));
        }
    }

    private static IEnumerable<(string Path, YamlMappingNode Mapping)> Mappings(YamlNode node, string path)
    {
        switch (node)
        {
            case YamlMappingNode map:
                yield return (path, map);
                foreach (var (key, value) in map.Children.ToList())
                {
                    foreach (var inner in Mappings(value, path + "/" + ((YamlScalarNode)key).Value))
                    {
                        yield return inner;
                    }
                }

                break;
            case YamlSequenceNode list:
                foreach (var inner in list.Children.SelectMany(item => Mappings(item, path + "/[]")))
                {
                    yield return inner;
                }

                break;
        }
    }
}
