namespace Generator.Data;

/// <summary>The only link targets a published page may carry: no javascript:, data: or relative tricks.</summary>
public static class SafeUrl
{
    public static bool IsHttp(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>
    /// A website written in a data file (bureau.yaml's <c>website</c>): an absolute http or https address in
    /// plain URL characters only — no white space, control characters, quotes, brackets or non-ASCII letters,
    /// which must be percent-encoded (%28 for “(”, %E5%85%AC for 公) — and every % followed by two hex digits.
    /// It is printed as text and as a link in every format, so anything else would publish garbled text.
    /// </summary>
    public static bool IsWebsite(string url)
    {
        if (!IsHttp(url) || url != url.Trim() || url.AsSpan().ContainsAnyExcept(WebsiteCharacters))
        {
            return false;
        }

        for (var i = url.IndexOf('%', StringComparison.Ordinal); i >= 0; i = url.IndexOf('%', i + 1))
        {
            if (i + 2 >= url.Length || !char.IsAsciiHexDigit(url[i + 1]) || !char.IsAsciiHexDigit(url[i + 2]))
            {
                return false;
            }
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0;
    }

    /// <summary>The characters of RFC 3986 but ( ) and ' , which end a link in Markdown or an attribute: those are percent-encoded.</summary>
    private static readonly System.Buffers.SearchValues<char> WebsiteCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:/?#[]@!$&*+,;=%");

    public static bool IsAllowedLink(string url) =>
        IsHttp(url) || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeMailto);
}
