using System.Diagnostics;
using System.Globalization;
using System.Net;
using Generator.Building;
using Generator.Serve;

namespace Generator.Cli.Commands;

/// <summary>
/// <c>serve</c>: the live preview (Generator.Serve). Parses the options, refuses a non-loopback address unless
/// asked with <c>--host</c> (then warns), prints the address and runs until Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    internal static readonly HashSet<string> Options = ["data", "templates", "out", "port", "host"];
    internal static readonly HashSet<string> Flags = ["open"];

    public const int DefaultPort = 5180;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = Arguments.Parse(args, Options, Flags);
        var options = Parse(parsed);
        if (!Directory.Exists(options.DataFolder))
        {
            throw new UsageException($"找不到数据文件夹 {options.DataFolder}。请在工作文件夹中运行，或用 --data 指定。");
        }

        if (OutputPaths.Refuse(options.OutFolder, options.DataFolder, options.TemplatesFolder) is { } refusal)
        {
            throw new UsageException(refusal);
        }

        if (!IPAddress.IsLoopback(IPAddress.Parse(options.Host)))
        {
            stderr.WriteLine($"warning: --host {options.Host} 不是本机回环地址：同一网络中的其他计算机也能打开预览、看到全部报告数据。只在确有需要时这样做，用完即停止。");
        }

        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler cancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += cancel;
        try
        {
            stdout.WriteLine("正在生成全部报告……");
            PreviewServer server;
            try
            {
                server = PreviewServer.StartAsync(options, stop.Token).GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                stderr.WriteLine($"error GEN0401: 无法在 {options.Host}:{options.Port} 上启动预览（{e.Message}）。多半是端口已被占用：请用 --port 换一个端口，如 --port {options.Port + 1}。");
                return CommandLine.UsageError;
            }

            using var _ = new AsyncDisposal(server);
            var reports = server.Workspace.Reports;
            stdout.WriteLine($"预览已启动：{server.Address}");
            stdout.WriteLine($"共 {reports.Count} 份报告，{reports.Count(r => r.Status == PreviewStatus.Errors)} 份有错误。保存数据文件或模板后，打开的页面会自动更新。按 Ctrl+C 停止。");
            if (parsed.Has("open"))
            {
                Open(server.Address, stderr);
            }

            server.WaitAsync(stop.Token).GetAwaiter().GetResult();
            stdout.WriteLine("预览已停止。");
            return CommandLine.Ok;
        }
        finally
        {
            Console.CancelKeyPress -= cancel;
        }
    }

    internal static PreviewOptions Parse(Arguments parsed)
    {
        var port = DefaultPort;
        if (parsed.Get("port") is { } text && !(int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port is >= 1 and <= 65535))
        {
            throw new UsageException($"--port 应是 1 到 65535 之间的端口号，这里写的是“{text}”。");
        }

        var host = parsed.Get("host") ?? "127.0.0.1";
        if (!IPAddress.TryParse(host, out _))
        {
            throw new UsageException($"--host 应是一个 IP 地址（如 127.0.0.1），这里写的是“{host}”。");
        }

        return new PreviewOptions(parsed.Get("data") ?? "data", TemplatesOption.Resolve(parsed), parsed.Get("out") ?? "out", host, port);
    }

    private static void Open(Uri address, TextWriter stderr)
    {
        try
        {
            var opener = OperatingSystem.IsWindows() ? address.ToString() : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
            using var process = OperatingSystem.IsWindows()
                ? Process.Start(new ProcessStartInfo(opener) { UseShellExecute = true })
                : Process.Start(new ProcessStartInfo(opener, address.ToString()) { UseShellExecute = false });
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            stderr.WriteLine($"warning: 无法自动打开浏览器，请手动打开 {address}");
        }
    }

    /// <summary>Stops the server when the command ends, however it ends.</summary>
    private sealed class AsyncDisposal(IAsyncDisposable target) : IDisposable
    {
        public void Dispose() => target.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
