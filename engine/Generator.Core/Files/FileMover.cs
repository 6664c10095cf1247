namespace Generator.Files;

/// <summary>
/// The <see cref="IFileMover"/> in use: the system's rename, or, inside <see cref="Use"/>, another one for the
/// current flow of execution only (an async-local value follows the build into its parallel bureaus, and
/// tests running at the same time keep their own).
/// </summary>
public static class FileMover
{
    private static readonly AsyncLocal<IFileMover?> Override = new();

    public static IFileMover Current => Override.Value ?? SystemMover.Instance;

    /// <summary>Uses <paramref name="mover"/> until the result is disposed.</summary>
    public static IDisposable Use(IFileMover mover)
    {
        var previous = Override.Value;
        Override.Value = mover;
        return new Restore(() => Override.Value = previous);
    }

    /// <summary>
    /// Whether a failed replace means another program has the file open: Windows refuses with a sharing
    /// violation (ERROR_SHARING_VIOLATION, 32) or a lock violation (ERROR_LOCK_VIOLATION, 33) while Word or
    /// WPS holds it. A full disk, a missing folder or no permission are other faults (GEN0402).
    /// </summary>
    public static bool HeldByAnotherProgram(Exception e) => e is IOException && (e.HResult & 0xFFFF) is 32 or 33 && e is not FileNotFoundException and not DirectoryNotFoundException;

    private sealed class SystemMover : IFileMover
    {
        public static readonly SystemMover Instance = new();

        public void Replace(string source, string destination) => File.Move(source, destination, overwrite: true);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
