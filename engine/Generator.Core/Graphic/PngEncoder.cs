using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace Generator.Graphic;

/// <summary>
/// Writes an opaque RGB picture as a PNG, compressing parts of it on every core. Skia's own encoder (libpng) runs
/// on one core and took about 20 ms of a one-report build's 120 (a 1080×2560 graphic), with the other core idle.
/// </summary>
/// <remarks>
/// <para>
/// The rows are cut into <see cref="Segments"/> parts, a fixed number whatever the machine, so the bytes never
/// depend on how many cores did the work. Each part is filtered (“Up”: each byte minus the one above it, which
/// turns the graphic's flat colour areas into zeros) and deflated on its own. A part ends with a sync flush, so the
/// parts joined are one deflate stream (as pigz does); the zlib trailer's Adler-32 is combined from the parts'.
/// Parts do not refer back into the part before: the file is ~0.1 % larger than one stream would make it.
/// </para>
/// <para>
/// zlib level 2 (.NET's zlib-ng) gave a smaller file than Skia's level 3 (295 KB against 329 KB for the demo
/// graphic) in less than half the time. Written are IHDR, one IDAT and IEND: no time, text or gamma chunks.
/// </para>
/// </remarks>
public static class PngEncoder
{
    /// <summary>How many parts are compressed apart (a constant: the bytes must not depend on the machine).</summary>
    public const int Segments = 4;

    private const int Level = 2;

    /// <summary>The PNG of <paramref name="pixels"/>, whose colour type must be <see cref="SKColorType.Rgb888x"/> (the fourth byte is ignored).</summary>
    public static byte[] Encode(SKPixmap pixels)
    {
        if (pixels.ColorType != SKColorType.Rgb888x)
        {
            throw new ArgumentException($"PngEncoder takes Rgb888x pixels, not {pixels.ColorType}", nameof(pixels));
        }

        var (width, height) = (pixels.Width, pixels.Height);
        var parts = new (byte[] Deflated, uint Adler, long Length)[Segments];
        Parallel.For(0, Segments, part => parts[part] = Part(pixels, height * part / Segments, height * (part + 1) / Segments, last: part == Segments - 1));

        var adler = parts[0].Adler;
        for (var part = 1; part < Segments; part++)
        {
            adler = Adler32.Combine(adler, parts[part].Adler, parts[part].Length);
        }

        var zlibLength = 2 + parts.Sum(p => p.Deflated.Length) + 4;
        var png = new byte[Signature.Length + (12 + 13) + (12 + zlibLength) + 12];
        var span = png.AsSpan();
        Signature.CopyTo(span);
        var at = Signature.Length;

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB
        // compression, filter method and interlace: 0
        at = Chunk(span, at, "IHDR"u8, header);

        // IDAT: the zlib header for deflate with a 32 KB window at a fast level (0x78 0x5E), the parts, the Adler-32.
        var data = span.Slice(at + 8, zlibLength);
        data[0] = 0x78;
        data[1] = 0x5E;
        var offset = 2;
        foreach (var part in parts)
        {
            part.Deflated.CopyTo(data[offset..]);
            offset += part.Deflated.Length;
        }

        BinaryPrimitives.WriteUInt32BigEndian(data[offset..], adler);
        at = Chunk(span, at, "IDAT"u8, data);
        Chunk(span, at, "IEND"u8, []);
        return png;
    }

    /// <summary>Rows <paramref name="first"/> to <paramref name="end"/> filtered and deflated (without zlib's header and trailer), their Adler-32 and filtered length.</summary>
    /// <remarks>
    /// Each part is a zlib stream of its own, so that zlib-ng computes the part's Adler-32 (with vector instructions; a
    /// C# loop took about 16 ms of CPU for the demo graphic) and writes it last, where it is read back. The filtered rows
    /// go to it a few at a time through one small buffer, and the deflated bytes to native memory until copied out: as
    /// whole-part .NET arrays they were megabytes of fresh pages and large objects that set off full garbage collections.
    /// </remarks>
    private static unsafe (byte[] Deflated, uint Adler, long Length) Part(SKPixmap pixels, int first, int end, bool last)
    {
        if (first == end)
        {
            // An empty part (a picture of fewer rows than parts; never the last one) adds nothing: Adler-32 of nothing is 1.
            return ([], 1, 0);
        }

        var (width, rowBytes) = (pixels.Width, pixels.RowBytes);
        var line = 1 + (width * 3);
        var length = (long)(end - first) * line;
        // zlib's worst case (incompressible data in stored blocks) is 5 bytes more per 16 KB, plus header and end.
        var capacity = length + (length / 1024) + 1024;
        var output = (byte*)NativeMemory.Alloc((nuint)capacity);
        try
        {
            var batch = new byte[Math.Clamp(BatchBytes / line, 1, end - first) * line];
            using var stream = new UnmanagedMemoryStream(output, 0, capacity, FileAccess.Write);
            var deflateEnd = 0L;
            using (var zlib = new ZLibStream(stream, new ZLibCompressionOptions { CompressionLevel = Level }, leaveOpen: true))
            {
                var all = pixels.GetPixelSpan();
                for (var y = first; y < end;)
                {
                    var rows = Math.Min(end - y, batch.Length / line);
                    for (var row = 0; row < rows; row++, y++)
                    {
                        var above = y == 0 ? default : all.Slice((y - 1) * rowBytes, width * 4);
                        FilterUp(all.Slice(y * rowBytes, width * 4), above, batch.AsSpan(row * line, line));
                    }

                    zlib.Write(batch, 0, rows * line);
                }

                if (!last)
                {
                    // A sync flush ends the part on a byte boundary with an empty stored block and no “last block” bit.
                    // Closing then adds a last block, not taken, before the Adler-32.
                    zlib.Flush();
                    deflateEnd = stream.Position;
                }
            }

            var written = new ReadOnlySpan<byte>(output, (int)stream.Position);
            var deflated = written[2..(last ? written.Length - 4 : (int)deflateEnd)];
            return (deflated.ToArray(), BinaryPrimitives.ReadUInt32BigEndian(written[^4..]), length);
        }
        finally
        {
            NativeMemory.Free(output);
        }
    }

    /// <summary>How many bytes of filtered rows go to zlib at a time (below .NET's 85 KB for large objects).</summary>
    private const int BatchBytes = 64 * 1024;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Writes length, type, data (already in place when it is the span's own) and CRC at <paramref name="at"/>; returns where the next chunk goes.</summary>
    private static int Chunk(Span<byte> png, int at, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        BinaryPrimitives.WriteInt32BigEndian(png[at..], data.Length);
        type.CopyTo(png[(at + 4)..]);
        data.CopyTo(png[(at + 8)..]);
        var crc = Crc32.HashToUInt32(png.Slice(at + 4, 4 + data.Length));
        BinaryPrimitives.WriteUInt32BigEndian(png[(at + 8 + data.Length)..], crc);
        return at + 12 + data.Length;
    }

    /// <summary>One scanline: the filter type (2, “Up”), then R, G, B of each pixel minus those of the pixel above (none above the first row).</summary>
    /// <remarks>
    /// A pixel is taken as one 32-bit word and its four bytes subtracted at once without borrowing from byte to byte
    /// (the “SIMD within a register” identity); its R, G, B are written as one unaligned word, whose fourth byte the
    /// next pixel overwrites. Measured on the demo graphic: 4 ms, against 13 ms for Vector128 code (AOT's baseline
    /// instruction set has no byte shuffle) and 20 ms byte by byte. The same code on every processor.
    /// </remarks>
    private static void FilterUp(ReadOnlySpan<byte> row, ReadOnlySpan<byte> above, Span<byte> line)
    {
        line[0] = 2;
        var output = line[1..];
        var pixels = MemoryMarshal.Cast<byte, uint>(row);
        var abovePixels = MemoryMarshal.Cast<byte, uint>(above);
        var last = pixels.Length - 1;
        for (var x = 0; x < last; x++)
        {
            uint a = pixels[x], b = above.IsEmpty ? 0 : abovePixels[x];
            Unsafe.WriteUnaligned(ref output[x * 3], ((a | 0x80808080u) - (b & 0x7F7F7F7Fu)) ^ ((a ^ ~b) & 0x80808080u));
        }

        for (var channel = 0; last >= 0 && channel < 3; channel++)
        {
            output[(last * 3) + channel] = (byte)(row[(last * 4) + channel] - (above.IsEmpty ? 0 : above[(last * 4) + channel]));
        }
    }
}
