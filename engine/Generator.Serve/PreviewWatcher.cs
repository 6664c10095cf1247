using System.Threading.Channels;

namespace Generator.Serve;

/// <summary>
/// Watches the data and templates folders and rebuilds what a change affects: the bureau whose folder it
/// is in, or everything when a template changed. Events are gathered for a short while first, as an
/// editor's save is several events (temporary file, rename, attributes).
/// </summary>
internal sealed class PreviewWatcher : IDisposable
{
    /// <summary>Stands for “every bureau” in the queue (a template changed).</summary>
    private const string Everything = "";

    private readonly PreviewWorkspace _workspace;
    private readonly string _dataRoot;
    private readonly TimeSpan _debounce;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public PreviewWatcher(PreviewWorkspace workspace, PreviewOptions options)
    {
        _workspace = workspace;
        _dataRoot = Path.GetFullPath(options.DataFolder);
        _debounce = options.Debounce ?? TimeSpan.FromMilliseconds(40);
        Watch(_dataRoot, OnData);
        if (options.TemplatesFolder is { } templates && Directory.Exists(templates))
        {
            Watch(Path.GetFullPath(templates), _ => _queue.Writer.TryWrite(Everything));
        }

        _loop = Task.Run(RunAsync);
    }

    /// <summary>Asks for a rebuild of everything, as if a template changed.</summary>
    public void RequestAll() => _queue.Writer.TryWrite(Everything);

    public void Dispose()
    {
        _watchers.ForEach(w => w.Dispose());
        _queue.Writer.TryComplete();
        _stop.Cancel();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // Cancelled while waiting: nothing to finish.
        }

        _stop.Dispose();
    }

    private void Watch(string root, Action<string> changed)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        var watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => changed(e.FullPath);
        watcher.Created += (_, e) => changed(e.FullPath);
        watcher.Deleted += (_, e) => changed(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            changed(e.OldFullPath);
            changed(e.FullPath);
        };
        // Too many changes at once (a folder copied in): rebuild everything rather than miss one.
        watcher.Error += (_, _) => _queue.Writer.TryWrite(Everything);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void OnData(string path)
    {
        if (BureauOf(_dataRoot, path) is { } bureau)
        {
            _queue.Writer.TryWrite(bureau);
        }
    }

    /// <summary>The bureau folder a changed path is in (or is), or null for a file at the top of the data folder.</summary>
    internal static string? BureauOf(string dataRoot, string path)
    {
        var relative = Path.GetRelativePath(dataRoot, path);
        if (relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return null;
        }

        var first = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        var isFolder = first != relative || Directory.Exists(path) || !Path.HasExtension(first);
        return isFolder ? first : null;
    }

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token).ConfigureAwait(false))
            {
                await Task.Delay(_debounce, _stop.Token).ConfigureAwait(false);
                var pending = new HashSet<string>(StringComparer.Ordinal);
                while (reader.TryRead(out var item))
                {
                    pending.Add(item);
                }

                try
                {
                    if (pending.Contains(Everything))
                    {
                        _workspace.RebuildAll();
                    }
                    else
                    {
                        foreach (var bureau in pending.Order(StringComparer.Ordinal))
                        {
                            _workspace.RebuildBureau(bureau);
                        }
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The data folder itself went away or became unreadable for a moment: the next change tries again.
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
