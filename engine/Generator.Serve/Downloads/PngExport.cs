using System.Text;
using Generator.Graphic;

namespace Generator.Serve.Downloads;

/// <summary>
/// graphic.png, drawn from the graphic.svg the preview holds when the report's “PNG 图片” link is followed: the
/// preview's builds leave the PNG out (<see cref="Building.BuildOptions.DrawPng"/>), as drawing it takes about 0.1 s
/// a report. The same renderer and font as <c>build</c>, so the bytes are the ones <c>build</c> writes.
/// </summary>
internal sealed class PngExport
{
    private readonly OnDemandFiles _made = new();

    /// <summary>The PNG bytes, or the Chinese reason there are none.</summary>
    public (byte[]? Png, string? Problem) Of(PreviewReport report) =>
        report.File(GraphicOutput.SvgFile) is not { } svg
            ? (null, "这份报告没有一图读懂（报告有错误、表格不完整，或还没有成功生成过）。")
            : _made.Get(report, () => Draw(svg.Bytes));

    private static (byte[]? Png, string? Problem) Draw(byte[] svg)
    {
        if (SkiaLibrary.Problem is { } problem)
        {
            return (null, $"绘图组件 {SkiaLibrary.FileName} 无法加载（{problem}），不能生成 PNG 图片。{SkiaLibrary.Hint}。");
        }

        return GraphicFonts.System is { Readable: true } fonts
            ? (PngRenderer.Render(Encoding.UTF8.GetString(svg), fonts), null)
            : (null, "找不到中文字体，不能生成 PNG 图片。" + GraphicFonts.InstallHint + "。");
    }
}
