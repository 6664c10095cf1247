using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace Generator.Graphic;

/// <summary>
/// Gives Svg.Skia our font for every family the SVG names (bold for weights from 600), so that the PNG never
/// depends on what fontconfig would pick on the machine.
/// </summary>
internal sealed class FixedTypefaceProvider(GraphicFonts fonts) : ITypefaceProvider
{
    public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle) =>
        (int)fontWeight >= 600 ? fonts.Bold : fonts.Regular;
}
