using Generator.Data;
using Generator.Diagnostics;

namespace Generator.Building;

/// <summary>
/// Keeps two builds from writing the same output folder at once: the first holds an exclusive lock on
/// <c>out/.generator/lock</c> (an OS file lock, released even when the process is killed); the second
/// waits for it, then builds on what the first wrote. The lock file itself is never deleted, because
/// deleting a lock file lets a third process lock a new file while the second still holds the old one.
/// </summary>
public sealed class OutputLock : IDisposable
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    /// <summary>Made when a build takes the lock and removed when it finishes: still there, it says the last build was killed.</summary>
    private const string RunningMarker = "running";

    private readonly FileStream _stream;
    private readonly string _marker;

    private OutputLock(FileStream stream, string marker)
    {
        _stream = stream;
        _marker = marker;

        // Under the lock, nothing else can be making or removing the marker.
        PreviousBuildInterrupted = File.Exists(marker);
        using (File.Create(marker))
        {
        }
    }

    /// <summary>
    /// Whether the build before this one was killed before it finished: its temporary files may be anywhere in
    /// the output folder, also in reports this build skips as up to date, so the build sweeps them all.
    /// </summary>
    public bool PreviousBuildInterrupted { get; }

    /// <summary>Records that this build finished: the next one need not look for its temporary files.</summary>
    public void Finished() => File.Delete(_marker);

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> (telling <paramref name="waiting"/> once that it waits);
    /// null after reporting GEN0406 when the other build does not finish in time.
    /// </summary>
    public static OutputLock? Acquire(string outFolder, TimeSpan wait, string? displayBase, DiagnosticBag diagnostics, Action? waiting = null)
    {
        var folder = Path.Combine(outFolder, BuildManifest.FolderName);

        // The build's own folder is written like a report folder: a link planted there would take the lock,
        // the manifest and the index's temporary files out of out/.
        if (!OutputPaths.Check(outFolder, folder, displayBase, diagnostics))
        {
            return null;
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "lock");
        var deadline = DateTime.UtcNow + wait;
        var told = false;
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), Path.Combine(folder, RunningMarker));
            }
            catch (IOException) when (!CanWrite(folder))
            {
                // Not another build: nothing can be written here (a read-only disk, a full one). Waiting would not help.
                throw;
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                if (!told)
                {
                    waiting?.Invoke();
                    told = true;
                }

                Thread.Sleep(Poll);
            }
            catch (IOException)
            {
                var display = DisplayPath.Of(outFolder, displayBase);
                diagnostics.Error(DiagnosticCode.OutputBusy, new SourceSpan(display, 0, 0),
                    $"另一个生成过程正在写入输出文件夹 {display}，等待 {wait.TotalSeconds:0} 秒后仍未结束，本次没有生成任何报告",
                    "请等另一个 build 结束后再运行；如果确认没有其他 build 在运行，请检查该文件夹是否可写。");
                return null;
            }
        }
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>Whether a new file can be made in the folder: tells a lock held by another build from a folder that cannot be written.</summary>
    private static bool CanWrite(string folder)
    {
        try
        {
            using var probe = new FileStream(Path.Combine(folder, $".probe.{Environment.ProcessId}.tmp"), FileMode.CreateNew, FileAccess.Write,
                FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
