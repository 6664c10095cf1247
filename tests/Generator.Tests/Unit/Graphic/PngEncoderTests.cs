using System.Buffers.Binary;
using System.IO.Compression;
using Generator.Graphic;
using SkiaSharp;
using Svg.Skia;

namespace Generator.Tests.Unit.Graphic;

/// <summary>
/// graphic.png's own encoder (parts compressed on every core, joined into one zlib stream) and the banded drawing:
/// any PNG reader gets back exactly the pixels drawn, and exactly those one pass would have drawn.
/// </summary>
public sealed class PngEncoderTests
{
    [Theory]
    [InlineData("", 0x00000001u)]
    [InlineData("a", 0x00620062u)]
    [InlineData("abc", 0x024d0127u)]
    [InlineData("Wikipedia", 0x11E60398u)]
    public void The_reference_checksum_gives_the_values_of_RFC_1950(string text, uint expected) =>
        Assert.Equal(expected, Reference(System.Text.Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void Adler32_of_runs_joined_is_their_combined_checksum()
    {
        var random = new Random(1950);
        var data = new byte[100_000];
        random.NextBytes(data);
        Array.Fill(data, (byte)255, 20_000, 30_000); // long runs of large bytes: large sums
        foreach (var cut in new[] { 0, 1, 5551, 5552, 5553, 65521, 65522, 99_999, 100_000 })
        {
            Assert.Equal(Reference(data), Adler32.Combine(Reference(data[..cut]), Reference(data[cut..]), data.Length - cut));
        }
    }

    [SkippableTheory]
    [InlineData(1, 1)]
    [InlineData(3, 2)] // fewer rows than parts: some parts are empty
    [InlineData(5, 7)] // a width that is no multiple of four pixels: the row's end goes byte by byte
    [InlineData(1080, 301)]
    public void A_reader_gets_back_exactly_the_pixels(int width, int height)
    {
        Skip.If(SkiaLibrary.Problem is not null, "Skia's native library does not load here");
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgb888x, SKAlphaType.Opaque));
        var random = new Random(width * 31 + height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                // Noise in some rows, flat colour in others (what the filter turns into zeros).
                bitmap.SetPixel(x, y, y % 3 == 0 ? new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)) : new SKColor(0x1f, 0x3a, (byte)(y % 256)));
            }
        }

        using var pixels = bitmap.PeekPixels();
        var png = PngEncoder.Encode(pixels);

        using var decoded = SKBitmap.Decode(png);
        Assert.NotNull(decoded);
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                Assert.Equal(bitmap.GetPixel(x, y), decoded.GetPixel(x, y));
            }
        }

        // The IDAT's zlib stream is whole: .NET's inflater checks its Adler-32 and reads every scanline.
        var (idat, chunks) = Chunks(png);
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks);
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(new MemoryStream(idat), CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        Assert.Equal(height * (1 + (width * 3)), inflated.Length);
    }

    [SkippableFact]
    public void A_corrupted_part_is_caught_by_the_combined_checksum()
    {
        // Proof the reader above really checks the trailer: the same stream with a wrong Adler-32 is refused.
        Skip.If(SkiaLibrary.Problem is not null, "Skia's native library does not load here");
        using var bitmap = new SKBitmap(new SKImageInfo(64, 64, SKColorType.Rgb888x, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.White);
        using var pixels = bitmap.PeekPixels();
        var (idat, _) = Chunks(PngEncoder.Encode(pixels));
        idat[^1] ^= 1;

        Assert.ThrowsAny<InvalidDataException>(() =>
        {
            using var zlib = new ZLibStream(new MemoryStream(idat), CompressionMode.Decompress);
            zlib.CopyTo(Stream.Null);
        });
    }

    [SkippableTheory]
    [MemberData(nameof(GraphicSampleTests.Reports), MemberType = typeof(GraphicSampleTests))]
    public void The_graphic_drawn_in_bands_has_the_pixels_of_one_pass(string bureau, int year)
    {
        Skip.If(GraphicFonts.System is null, "no CJK font installed (fonts-noto-cjk)");
        var svg = GraphicSampleTests.SampleOutcome.Files[$"{bureau}/{year}/graphic.svg"];

        using var banded = SKBitmap.Decode(PngRenderer.Render(svg, GraphicFonts.System!));

        using var document = new SKSvg();
        document.Settings.TypefaceProviders = [new FixedTypefaceProvider(GraphicFonts.System!)];
        var picture = document.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(svg)))!;
        using var whole = new SKBitmap(new SKImageInfo(banded.Width, banded.Height, SKColorType.Rgb888x, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(whole))
        {
            canvas.Clear(SKColors.White);
            canvas.DrawPicture(picture);
        }

        var differing = 0;
        for (var y = 0; y < whole.Height; y++)
        {
            for (var x = 0; x < whole.Width; x++)
            {
                differing += whole.GetPixel(x, y) == banded.GetPixel(x, y) ? 0 : 1;
            }
        }

        Assert.Equal(0, differing);
    }

    private static uint Reference(byte[] data)
    {
        ulong a = 1, b = 0;
        foreach (var value in data)
        {
            a = (a + value) % 65521;
            b = (b + a) % 65521;
        }

        return (uint)((b << 16) | a);
    }

    private static (byte[] Idat, List<string> Types) Chunks(byte[] png)
    {
        var types = new List<string>();
        byte[] idat = [];
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            types.Add(type);
            if (type == "IDAT")
            {
                idat = png.AsSpan(at + 8, length).ToArray();
            }

            var crc = System.IO.Hashing.Crc32.HashToUInt32(png.AsSpan(at + 4, 4 + length));
            Assert.Equal(crc, BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length)));
            at += 12 + length;
        }

        return (idat, types);
    }
}
