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

    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> (telling <paramref name="waiting"/> once that it waits);
    /// null after reporting GEN0406 when the other build does not finish in time.
    /// </summary>
    public static OutputLock? Acquire(string outFolder, TimeSpan wait, string? displayBase, DiagnosticBag diagnostics, Action? waiting = null)
    {
        var folder = Path.Combine(outFolder, BuildManifest.FolderName);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "lock");
        var deadline = DateTime.UtcNow + wait;
        var told = false;
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
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
}
