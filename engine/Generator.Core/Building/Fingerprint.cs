using System.Security.Cryptography;
using System.Text;

namespace Generator.Building;

/// <summary>
/// SHA-256 over the inputs of an output, each piece length-prefixed so that moving bytes from one
/// piece to the next changes the result. Used for the manifest's “has anything changed” test.
/// </summary>
internal sealed class Fingerprint : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public Fingerprint Add(ReadOnlySpan<byte> bytes)
    {
        Span<byte> length = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(length, bytes.Length);
        _hash.AppendData(length);
        _hash.AppendData(bytes);
        return this;
    }

    public Fingerprint Add(string text) => Add(Encoding.UTF8.GetBytes(text));


    /// <summary>
    /// The SHA-256 of a file's bytes, or a marker for “no such file” or “not readable as a file” (a pipe, a
    /// device, too large), which differs from any content (an empty file included). Read the way the loader
    /// reads (<see cref="Files.InputFile"/>), so hashing never blocks on a FIFO or reads a device without end.
    /// </summary>
    public static string OfFile(string path)
    {
        // Up to the size the loader reads (a larger file is refused by the loader anyway).
        var bytes = Files.InputFile.Read(path, Data.Yaml.YamlFile.MaxBytes, out var problem);
        return bytes is null ? $"{problem}:" + path : OfBytes(bytes);
    }

    /// <summary>The SHA-256 of <paramref name="bytes"/>, lower-case hex: the form every hash of the build takes.</summary>
    public static string OfBytes(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    /// <summary>
    /// Every template a build can load, by relative path: a change to any rebuilds every report. Only those
    /// files are read (<see cref="Templating.TemplateSet.FilesOf"/>), and only when they lie inside the folder:
    /// a link to <c>/</c> among the templates is not walked, and a linked template is refused by the loader.
    /// </summary>
    public static string OfTemplates(string? root)
    {
        using var fingerprint = new Fingerprint();
        if (root is null)
        {
            // The built-in templates: the same text as a folder holding them gives the same fingerprint.
            foreach (var file in Defaults.BuiltInFiles.Templates)
            {
                fingerprint.Add(file.Path).Add(OfBytes(file.Content));
            }

            return fingerprint.Finish();
        }

        foreach (var file in Enum.GetValues<Data.ReportFormat>().SelectMany(f => Templating.TemplateSet.FilesOf(root, f))
                     .Select(f => (f.Path, Relative: Path.GetRelativePath(root, f.Path).Replace('\\', '/')))
                     .DistinctBy(f => f.Relative, StringComparer.Ordinal)
                     .OrderBy(f => f.Relative, StringComparer.Ordinal))
        {
            fingerprint.Add(file.Relative).Add(Files.FolderLinks.IsInside(file.Path, root) ? OfFile(file.Path) : "outside:" + file.Path);
        }

        return fingerprint.Finish();
    }

    /// <summary>
    /// The engine itself: the module version id of a deterministic build changes exactly when the
    /// compiled code does, so a new engine rebuilds everything and an identical one rebuilds nothing.
    /// </summary>
    public static string OfEngine() =>
        typeof(Fingerprint).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
