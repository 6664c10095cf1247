namespace Generator.Data;

/// <summary>The only link targets a published page may carry: no javascript:, data: or relative tricks.</summary>
public static class SafeUrl
{
    public static bool IsHttp(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static bool IsAllowedLink(string url) =>
        IsHttp(url) || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeMailto);
}
