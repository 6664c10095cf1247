namespace Generator.Tests.Golden;

/// <summary>
/// Replaces files as the system does, except those given, which fail as Windows fails them while Word or WPS
/// holds them open: an IOException with ERROR_SHARING_VIOLATION (0x80070020), the old file untouched.
/// A file that does not exist yet cannot be open, so it is written.
/// </summary>
internal sealed class InUseFiles(IEnumerable<string> paths) : Generator.Files.IFileMover
{
    public const int SharingViolation = unchecked((int)0x80070020);

    private readonly HashSet<string> _paths = [.. paths.Select(Path.GetFullPath)];

    public void Replace(string source, string destination)
    {
        if (_paths.Contains(Path.GetFullPath(destination)) && File.Exists(destination))
        {
            throw new IOException($"The process cannot access the file '{destination}' because it is being used by another process.", SharingViolation);
        }

        File.Move(source, destination, overwrite: true);
    }
}
