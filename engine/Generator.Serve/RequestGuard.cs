using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Generator.Serve;

/// <summary>
/// The checks every request passes before anything else. The Host header must name the address the server
/// is bound to: a page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) sends its own name and
/// is refused. Every write (any method but GET and HEAD) must carry the run's token, which only our own pages
/// hold (CSRF: a foreign page can send a request but cannot read our pages to learn the token).
/// </summary>
internal sealed class RequestGuard
{
    public const string TokenHeader = "X-Generator-Token";

    private readonly HashSet<string> _hosts;
    private readonly byte[] _token;

    public RequestGuard(IPAddress bound, int port, string token)
    {
        Token = token;
        _token = Encoding.UTF8.GetBytes(token);
        var authority = bound.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{bound}]:{port}" : $"{bound}:{port}";
        _hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { authority };
        if (IPAddress.IsLoopback(bound))
        {
            // The names a browser on this machine uses for a loopback address; no other site can send these.
            _hosts.Add($"localhost:{port}");
        }
    }

    /// <summary>The run's token: random, new for every start of serve.</summary>
    public string Token { get; }

    public static string NewToken() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));

    /// <summary>Why the request is refused (status and Chinese text), or null.</summary>
    public (int Status, string Message)? Refuse(HttpRequest request)
    {
        if (!_hosts.Contains(request.Host.Value ?? string.Empty))
        {
            return (StatusCodes.Status403Forbidden, "拒绝访问：请求的主机名不是本预览服务的地址（可能是其他网站借用了本机地址）。请直接打开 serve 显示的地址。");
        }

        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return null;
        }

        var given = Encoding.UTF8.GetBytes(request.Headers[TokenHeader].ToString());
        if (!CryptographicOperations.FixedTimeEquals(given, _token))
        {
            return (StatusCodes.Status403Forbidden, "拒绝修改：请求没有带本次预览的令牌。只能从 serve 显示的页面上操作；如页面是上次运行时打开的，请刷新。");
        }

        // A browser names the page a write comes from; it must be one of ours.
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && _hosts.Contains(uri.Authority)))
        {
            return (StatusCodes.Status403Forbidden, "拒绝修改：请求来自其他网页。");
        }

        return null;
    }
}
