using System.Buffers.Binary;

namespace Generator.Rendering.Word;

/// <summary>
/// Writes an Office package so that the same content always gives the same bytes, on any machine:
/// entries in a fixed order (<c>[Content_Types].xml</c> first, as Office expects, then by name), every
/// timestamp the earliest a zip can hold (1980-01-01) instead of the time of the run, no file
/// attributes, and “made by” MS-DOS. The headers are the ones ZipArchive writes for such entries; it
/// is written here so that parts compressed once can be reused (<see cref="ZipPart"/>), which
/// ZipArchive cannot do.
/// </summary>
internal static class StableZip
{
    private const ushort Version = 20;  // 2.0: deflate
    private const ushort Deflate = 8;
    private const ushort DosDate = (1 << 5) | 1; // 1980-01-01: (year − 1980) << 9 | month << 5 | day
    private const int LocalHeaderSize = 30;
    private const int CentralHeaderSize = 46;
    private const int EndSize = 22;

    public static byte[] Write(IEnumerable<ZipPart> parts)
    {
        var entries = parts.OrderBy(p => p.Name == "[Content_Types].xml" ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal).ToArray();
        var size = EndSize;
        foreach (var entry in entries)
        {
            size += LocalHeaderSize + CentralHeaderSize + (2 * entry.NameBytes.Length) + entry.Deflated.Length;
        }

        var zip = new byte[size];
        var offsets = new int[entries.Length];
        var at = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            offsets[i] = at;
            var header = zip.AsSpan(at);
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x04034b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version);
            WriteCommon(header[6..], entry);
            at += LocalHeaderSize;
            entry.NameBytes.CopyTo(zip, at);
            at += entry.NameBytes.Length;
            entry.Deflated.CopyTo(zip, at);
            at += entry.Deflated.Length;
        }

        var directory = at;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            var header = zip.AsSpan(at);
            BinaryPrimitives.WriteUInt32LittleEndian(header, 0x02014b50);
            BinaryPrimitives.WriteUInt16LittleEndian(header[4..], Version); // made by: high byte 0, MS-DOS
            BinaryPrimitives.WriteUInt16LittleEndian(header[6..], Version);
            WriteCommon(header[8..], entry);

            // Comment length, disk, internal and external attributes stay 0.
            BinaryPrimitives.WriteUInt32LittleEndian(header[42..], (uint)offsets[i]);
            at += CentralHeaderSize;
            entry.NameBytes.CopyTo(zip, at);
            at += entry.NameBytes.Length;
        }

        var end = zip.AsSpan(at);
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)entries.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)entries.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(at - directory));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)directory);
        return zip;
    }

    /// <summary>The fields local and central headers share, from the flags to the extra field length.</summary>
    private static void WriteCommon(Span<byte> header, ZipPart entry)
    {
        // Flags 0: sizes and CRC are in the header, no data descriptor follows. Time 00:00:00.
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], Deflate);
        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], DosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(header[8..], entry.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(header[12..], (uint)entry.Deflated.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(header[16..], (uint)entry.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(header[20..], (ushort)entry.NameBytes.Length);
    }
}
