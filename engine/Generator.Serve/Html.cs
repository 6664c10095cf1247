using System.Net;

namespace Generator.Serve;

/// <summary>Escaping for the preview's own pages: every text from data, templates or paths goes through it.</summary>
internal static class Html
{
    public static string Text(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>The page frame: Chinese, the run's token for writes, our one stylesheet and script.</summary>
    public static string Page(string title, string token, string bodyAttributes, string body) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator-token" content="{Text(token)}">
        <title>{Text(title)}</title>
        <link rel="stylesheet" href="/static/preview.css">
        <script src="/static/preview.js" defer></script>
        </head>
        <body {bodyAttributes}>
        {body}
        </body>
        </html>

        """;
}
