using System.Buffers.Binary;
using System.IO.Compression;

namespace Generator.Rendering.Word;

/// <summary>
/// Re-zips an Office package so that the same content always gives the same bytes, on any machine:
/// entries in a fixed order (<c>[Content_Types].xml</c> first, as Office expects, then by name), every
/// timestamp the earliest a zip can hold instead of the time of the run, no file attributes, and
/// the “made by” system of every entry set to MS-DOS, where .NET would write the system it runs on.
/// </summary>
internal static class StableZip
{
    private static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Rewrite(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream(package.Length);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Timestamp;
                copy.ExternalAttributes = 0;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        var bytes = output.ToArray();
        ClearMadeBySystem(bytes);
        return bytes;
    }

    /// <summary>
    /// Sets the high byte of “version made by” in each central directory record to 0 (MS-DOS).
    /// ZipArchive writes 3 on Unix and 0 on Windows and offers no setting for it.
    /// </summary>
    private static void ClearMadeBySystem(byte[] zip)
    {
        // End of central directory: 22 bytes at the very end (this writer adds no comment).
        var end = zip.Length - 22;
        if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end)) != 0x06054b50)
        {
            throw new InvalidOperationException("Unexpected zip layout: end of central directory not found.");
        }

        var count = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(end + 10));
        var offset = (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        for (var i = 0; i < count; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(offset)) != 0x02014b50)
            {
                throw new InvalidOperationException("Unexpected zip layout: central directory record not found.");
            }

            zip[offset + 5] = 0;
            offset += 46 + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(offset + 28))
                + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(offset + 30))
                + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(offset + 32));
        }
    }
}
