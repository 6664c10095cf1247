namespace Generator.Files;

/// <summary>
/// The one step of writing output that another program can stop: putting a finished temporary file in
/// place of the published one. An abstraction so that tests can show, on any system, what Windows does
/// when Word or WPS holds the old file open (see <see cref="FileMover"/>).
/// </summary>
public interface IFileMover
{
    /// <summary>Moves <paramref name="source"/> to <paramref name="destination"/>, replacing it; throws as <see cref="File.Move(string, string, bool)"/> does.</summary>
    void Replace(string source, string destination);
}
