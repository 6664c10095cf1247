namespace Generator.Serve;

/// <summary>The Chinese word and the CSS class for each <see cref="PreviewStatus"/>.</summary>
internal static class PreviewStatusText
{
    public static string Word(PreviewStatus status) => status switch
    {
        PreviewStatus.Built => "已生成",
        PreviewStatus.Warnings => "有警告",
        PreviewStatus.Errors => "有错误",
        _ => "草稿",
    };

    public static string CssClass(PreviewStatus status) => status switch
    {
        PreviewStatus.Built => "built",
        PreviewStatus.Warnings => "warnings",
        PreviewStatus.Errors => "errors",
        _ => "draft",
    };
}
