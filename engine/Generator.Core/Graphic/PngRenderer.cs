using SkiaSharp;
using Svg.Skia;

namespace Generator.Graphic;

/// <summary>
/// Draws the graphic's SVG (already checked by <see cref="SvgSafety"/>) into a PNG of the SVG's own size,
/// white behind, opaque. The bytes depend only on the SVG, the font files, the Skia and zlib versions: the picture is
/// drawn in horizontal bands on every core (each band clipped to whole rows, so a pixel is drawn exactly as in one
/// pass) and encoded by <see cref="PngEncoder"/>, whose parts are fixed in number.
/// </summary>
public static class PngRenderer
{
    /// <summary>How many bands the picture is drawn in, at once on as many cores as there are.</summary>
    private const int Bands = 4;

    public static byte[] Render(string svg, GraphicFonts fonts)
    {
        using var document = new SKSvg();
        document.Settings.TypefaceProviders = [new FixedTypefaceProvider(fonts)];
        document.Settings.EnableJavaScript = false;
        document.Settings.EnableExternalJavaScript = false;
        document.Settings.EnableSvgFonts = false;
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(svg));
        var picture = document.Load(stream) ?? throw new InvalidOperationException("Svg.Skia drew nothing from a checked SVG");
        var width = (int)Math.Ceiling(picture.CullRect.Width);
        var height = (int)Math.Ceiling(picture.CullRect.Height);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgb888x, SKAlphaType.Opaque));
        Parallel.For(0, Bands, band =>
        {
            using var canvas = new SKCanvas(bitmap);
            canvas.ClipRect(new SKRect(0, height * band / Bands, width, height * (band + 1) / Bands));
            canvas.Clear(SKColors.White);
            canvas.DrawPicture(picture);
        });

        using var pixels = bitmap.PeekPixels() ?? throw new InvalidOperationException("a new bitmap has no pixels");
        return PngEncoder.Encode(pixels);
    }
}
