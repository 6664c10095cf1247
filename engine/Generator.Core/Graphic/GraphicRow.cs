namespace Generator.Graphic;

/// <summary>
/// One figure of the graphic as a line of its text equivalent (the table beside it in the HTML report and the
/// SVG's description): every figure the graphic shows, with the same words.
/// </summary>
/// <param name="Section">The part of the graphic: 依申请公开, 办理结果, 主动公开, 行政复议, 行政诉讼.</param>
/// <param name="Display">The figure with its unit, or “未填报”.</param>
/// <param name="Change">The change from last year (“↑12件（+18.5%）”); empty when there is nothing to compare.</param>
public sealed record GraphicRow(string Section, string Label, string Display, string Change);
