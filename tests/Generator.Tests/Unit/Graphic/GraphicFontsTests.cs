using Generator.Graphic;
using Generator.Rendering.Graphic;

namespace Generator.Tests.Unit.Graphic;

/// <summary>The PNG's font: found by file at once, its faces opened on first use (a build opens them on another thread).</summary>
public sealed class GraphicFontsTests
{
    [Fact]
    public void A_file_that_is_no_font_is_found_but_not_readable()
    {
        Skip.If(SkiaLibrary.Problem is not null, "Skia's native library does not load here");
        var path = Path.Combine(Path.GetTempPath(), $"not-a-font-{Guid.NewGuid():N}.ttf");
        File.WriteAllText(path, "这不是字体文件");
        try
        {
            var fonts = GraphicFonts.FromFile(path);

            Assert.NotNull(fonts);
            Assert.False(fonts.FoundUnreadable); // nothing opened yet
            Assert.False(fonts.Readable);
            Assert.True(fonts.FoundUnreadable);
            Assert.Throws<InvalidOperationException>(() => fonts.Regular);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void No_file_no_font()
    {
        Assert.Null(GraphicFonts.FromFile(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.ttf")));
    }

    [Fact]
    public void The_system_font_opens_its_Simplified_Chinese_faces()
    {
        Skip.If(SkiaLibrary.Problem is not null || GraphicFonts.System is null, "no Skia or no CJK font installed (fonts-noto-cjk)");
        var fonts = GraphicFonts.System!;

        Assert.True(fonts.Readable);
        Assert.False(fonts.FoundUnreadable);
        using var font = new SkiaSharp.SKFont(fonts.Regular);
        Assert.True(font.ContainsGlyphs("一图读懂"));
        Assert.True(fonts.Bold.FontStyle.Weight >= 600);
        if (fonts.Identity.Contains("NotoSansCJK", StringComparison.Ordinal))
        {
            Assert.Equal("Noto Sans CJK SC", fonts.Regular.FamilyName);
            Assert.Equal("Noto Sans CJK SC", fonts.Bold.FamilyName);
        }
    }

    [Fact]
    public void The_png_writer_draws_nothing_with_an_unreadable_font()
    {
        Skip.If(SkiaLibrary.Problem is not null, "Skia's native library does not load here");
        var path = Path.Combine(Path.GetTempPath(), $"not-a-font-{Guid.NewGuid():N}.otf");
        File.WriteAllBytes(path, [0x4F, 0x54, 0x54, 0x4F, 0, 0, 0, 0]);
        try
        {
            var writer = new GraphicPngWriter(GraphicFonts.FromFile(path));
            var document = new Generator.Document.ReportDocument("标题", [])
            {
                Graphic = new GraphicOutput("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>", Figures: null!), // the PNG writer reads only the SVG
            };

            Assert.Null(writer.Write(document));
            Assert.True(writer.Fonts!.FoundUnreadable);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
