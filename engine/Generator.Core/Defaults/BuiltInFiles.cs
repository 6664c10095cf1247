namespace Generator.Defaults;

/// <summary>
/// The repository's <c>templates/</c>, <c>schema/</c> and <c>data/</c> folders, compiled into the engine
/// (Generator.Core.csproj embeds them), so that a downloaded executable works in any folder: the official
/// templates are the default when neither <c>--templates</c> nor a <c>templates/</c> folder in the working
/// folder is there, and <c>init</c> writes the schemas and the samples out for the editor and for reference.
/// </summary>
public static class BuiltInFiles
{
    /// <summary>How diagnostics name the built-in templates' folder; not a path on disk.</summary>
    public const string TemplatesDisplayRoot = "内置模板";

    private const string ResourcePrefix = "Generator.Defaults/";

    private static readonly Lazy<IReadOnlyList<BuiltInFile>> TemplateFiles = new(() => Load("templates/"));
    private static readonly Lazy<IReadOnlyList<BuiltInFile>> SchemaFiles = new(() => Load("schema/"));
    private static readonly Lazy<IReadOnlyList<BuiltInFile>> SampleFiles = new(() => Load("data/"));
    private static readonly Lazy<BuiltInFile> GuideFile = new(() => Load("guide/").Single());

    /// <summary>The official templates, by path below <c>templates/</c> (<c>2021/report.scriban</c>, <c>common/front.scriban</c>, …).</summary>
    public static IReadOnlyList<BuiltInFile> Templates => TemplateFiles.Value;

    /// <summary>The JSON Schemas of the data files, by file name.</summary>
    public static IReadOnlyList<BuiltInFile> Schemas => SchemaFiles.Value;

    /// <summary>The sample data, by path below <c>data/</c> (<c>demo/bureau.yaml</c>, <c>demo/2022.yaml</c>, …).</summary>
    public static IReadOnlyList<BuiltInFile> Samples => SampleFiles.Value;

    /// <summary>使用说明.txt, the short guide for staff (<c>docs/使用说明.txt</c>): written by <c>init</c> and put into every release archive.</summary>
    public static BuiltInFile Guide => GuideFile.Value;

    /// <summary>The embedded files whose resource name starts with the folder, in ordinal order of their path.</summary>
    private static IReadOnlyList<BuiltInFile> Load(string folder)
    {
        var assembly = typeof(BuiltInFiles).Assembly;
        var prefix = ResourcePrefix + folder;
        var files = new List<BuiltInFile>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild writes %(RecursiveDir) with the separator of the machine that compiled the engine.
            var normalised = name.Replace('\\', '/');
            if (!normalised.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"embedded resource {name} vanished");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files.Add(new BuiltInFile(normalised[prefix.Length..], copy.ToArray()));
        }

        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }

}
