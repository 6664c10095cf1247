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
    /// The SHA-256 of a file's bytes, or a marker for “no such file”, which differs from any content
    /// (an empty file included).
    /// </summary>
    public static string OfFile(string path)
    {
        byte[]? bytes = null;
        try
        {
            bytes = File.Exists(path) ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable file is reported by the loader; here it only has to differ from any content.
        }

        return bytes is null ? "missing:" + path : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    /// <summary>Every file of the template folder, by relative path: a change to any template rebuilds every report.</summary>
    public static string OfFolder(string folder)
    {
        using var fingerprint = new Fingerprint();
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                         .Select(f => (Path: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
                         .OrderBy(f => f.Relative, StringComparer.Ordinal))
            {
                fingerprint.Add(file.Relative).Add(OfFile(file.Path));
            }
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
