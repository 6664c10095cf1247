namespace Generator.Graphic;

/// <summary>
/// The Adler-32 checksum that ends a zlib stream (RFC 1950), and zlib's <c>adler32_combine</c>: the checksum of two
/// byte runs joined, from each run's checksum and the second's length. <see cref="PngEncoder"/> checks parts made on
/// different cores this way. (System.IO.Hashing has CRC-32, which PNG chunks use, but no Adler-32.)
/// </summary>
public static class Adler32
{
    private const uint Modulus = 65521;

    /// <summary>The most bytes summed before the sums must be reduced, lest the second overflow 32 bits (zlib's NMAX).</summary>
    private const int Run = 5552;

    public static uint Of(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        while (!data.IsEmpty)
        {
            var run = data[..Math.Min(Run, data.Length)];
            foreach (var value in run)
            {
                a += value;
                b += a;
            }

            a %= Modulus;
            b %= Modulus;
            data = data[run.Length..];
        }

        return (b << 16) | a;
    }

    /// <summary>The checksum of A followed by B, given A's and B's checksums and B's length.</summary>
    public static uint Combine(uint first, uint second, long secondLength)
    {
        var remainder = (ulong)(secondLength % Modulus);
        var a = (ulong)(first & 0xFFFF);
        var b = remainder * a % Modulus;
        a += (second & 0xFFFF) + Modulus - 1;
        b += (first >> 16) + (second >> 16) + Modulus - remainder;
        a %= Modulus;
        b %= Modulus;
        return (uint)((b << 16) | a);
    }
}
