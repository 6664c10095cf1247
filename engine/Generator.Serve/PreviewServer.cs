using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Generator.Serve;

/// <summary>
/// <c>serve</c>: Kestrel (from the ASP.NET Core shared framework, slim builder: Native AOT works) on one
/// address, the reports built in memory at start, then rebuilt as the data and templates folders change.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly PreviewWatcher _watcher;
    private readonly EventHub _events;

    private PreviewServer(WebApplication app, PreviewWorkspace workspace, PreviewWatcher watcher, EventHub events, Uri address, string token)
    {
        _app = app;
        Workspace = workspace;
        _watcher = watcher;
        _events = events;
        Address = address;
        Token = token;
    }

    /// <summary>Where the preview is, e.g. <c>http://127.0.0.1:5180/</c>.</summary>
    public Uri Address { get; }

    /// <summary>The run's token that every write must carry (<see cref="RequestGuard"/>).</summary>
    public string Token { get; }

    public PreviewWorkspace Workspace { get; }

    /// <summary>How many pages are listening for changes (tests wait for theirs).</summary>
    internal int Listeners => _events.Count;

    /// <summary>Builds every report, then starts listening.</summary>
    /// <exception cref="IOException">The address is in use or cannot be bound (the caller says so in Chinese).</exception>
    public static Task<PreviewServer> StartAsync(PreviewOptions options, CancellationToken cancellation = default) =>
        StartAsync(options, new PreviewWorkspace(options), cancellation);

    internal static async Task<PreviewServer> StartAsync(PreviewOptions options, PreviewWorkspace workspace, CancellationToken cancellation)
    {
        var address = IPAddress.Parse(options.Host);
        var displayBase = Path.GetFullPath(options.DisplayBase ?? Environment.CurrentDirectory);
        var events = new EventHub();
        workspace.Changed += report => events.Publish(ReportEvent.Json(report, workspace.Find(report.BureauId, report.Year) is null));
        workspace.RebuildAll();

        // The content root is the program's folder: nothing (appsettings.json and the like) is read from the user's working folder.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, options.Port);
        });
        var app = builder.Build();
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var token = RequestGuard.NewToken();
        PreviewRoutes? routes = null;
        app.Run(context =>
        {
            // Only before the port is known (a request to a port given on the command line, racing the start).
            if (routes is null)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return Task.CompletedTask;
            }

            return routes.HandleAsync(context);
        });
        await app.StartAsync(cancellation).ConfigureAwait(false);

        var port = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a).Port).First();
        var guard = new RequestGuard(address, port, token);
        routes = new PreviewRoutes(workspace, guard, events, new SourceView(options, displayBase), options, stopping);
        var host = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        var watcher = new PreviewWatcher(workspace, options);
        return new PreviewServer(app, workspace, watcher, events, new Uri($"http://{host}:{port}/"), token);
    }

    /// <summary>Runs until <paramref name="cancellation"/> (Ctrl+C) or the host stops.</summary>
    public Task WaitAsync(CancellationToken cancellation) => _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
