using System.Buffers.Binary;
using System.IO.Compression;

namespace Generator.Rendering.Word;

/// <summary>
/// One file of a zip package, already deflated: its name, CRC-32, uncompressed length and compressed
/// bytes. Parts that never change are compressed once and reused by every report (see
/// <see cref="WordPackage"/>); only the parts that depend on the report are compressed per file.
/// </summary>
internal sealed class ZipPart
{
    [ThreadStatic]
    private static MemoryStream? ThreadOutput;

    private ZipPart(string name, uint crc32, int length, byte[] deflated)
    {
        Name = name;
        NameBytes = System.Text.Encoding.UTF8.GetBytes(name);
        Crc32 = crc32;
        Length = length;
        Deflated = deflated;
    }

    public string Name { get; }

    public byte[] NameBytes { get; }

    public uint Crc32 { get; }

    /// <summary>Uncompressed length in bytes.</summary>
    public int Length { get; }

    /// <summary>The raw deflate stream, as a zip entry of method 8 stores it.</summary>
    public byte[] Deflated { get; }

    /// <summary>
    /// Compresses through a gzip stream because gzip is a raw deflate stream between a 10-byte header
    /// and a trailer holding the CRC-32 and the length: zlib computes the checksum zip needs in the
    /// same pass, in native code.
    /// </summary>
    /// <param name="level">zlib's level, 1 (fastest) to 9 (smallest).</param>
    public static ZipPart Compress(string name, ReadOnlySpan<byte> content, int level)
    {
        // One stream per thread, emptied each time: a new one per part allocated about as much as the document itself.
        var output = ThreadOutput ??= new MemoryStream(64 * 1024);
        output.SetLength(0);
        using (var gzip = new GZipStream(output, new ZLibCompressionOptions { CompressionLevel = level }, leaveOpen: true))
        {
            gzip.Write(content);
        }

        var gz = output.GetBuffer().AsSpan(0, (int)output.Length);
        const int Header = 10;
        const int Trailer = 8;

        // Flags 0: no file name, comment or extra field, so the deflate data starts right after the fixed header.
        if (gz.Length < Header + Trailer || gz[0] != 0x1f || gz[1] != 0x8b || gz[3] != 0)
        {
            throw new InvalidOperationException("Unexpected gzip layout.");
        }

        var crc = BinaryPrimitives.ReadUInt32LittleEndian(gz[^Trailer..]);
        return new ZipPart(name, crc, content.Length, gz[Header..^Trailer].ToArray());
    }
}
