namespace Generator.Graphic;

/// <summary>
/// zlib's <c>adler32_combine</c>: the Adler-32 checksum (RFC 1950) of two byte runs joined, from each run's checksum and
/// the second's length. <see cref="PngEncoder"/> joins parts compressed on different cores, each with the checksum
/// zlib computed for it, into one zlib stream whose trailer is the checksum of all. (System.IO.Hashing has CRC-32,
/// which PNG chunks use, but no Adler-32.)
/// </summary>
public static class Adler32
{
    private const uint Modulus = 65521;

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
