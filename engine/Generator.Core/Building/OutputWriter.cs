using Microsoft.Win32.SafeHandles;

namespace Generator.Building;

/// <summary>
/// Writes output so that a reader never sees half a file and a build killed at any moment leaves the
/// previous files whole: each file goes to a temporary name in the same folder and is renamed over
/// the old one only when complete. Temporary files left by a killed build are removed by the next one.
/// </summary>
public static partial class OutputWriter
{
    private const string TemporarySuffix = ".tmp";

    /// <summary>Writes the files of one report into <paramref name="folder"/>; all are written before any is renamed into place.</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<(string FileName, byte[] Bytes)> files)
    {
        // A folder made just now cannot hold leftovers: only an existing one is listed (one listing per
        // report folder is a measurable part of a build of thousands).
        if (Directory.Exists(folder))
        {
            RemoveLeftovers(folder, files.Select(f => f.FileName));
        }
        else
        {
            Directory.CreateDirectory(folder);
        }

        var temporary = new List<(string Temp, string Final)>();
        var renamed = new HashSet<string>(StringComparer.Ordinal);
        var inUse = new List<string>();
        var mover = Files.FileMover.Current;
        try
        {
            foreach (var (name, bytes) in files)
            {
                var final = Path.Combine(folder, name);
                var temp = TemporaryName(final);

                // Listed before writing: a write that fails half way (full disk) must not leave its part behind.
                temporary.Add((temp, final));
                WriteNew(temp, bytes);
            }

            foreach (var (temp, final) in temporary)
            {
                try
                {
                    mover.Replace(temp, final);
                    renamed.Add(temp);
                }
                catch (IOException e) when (Files.FileMover.HeldByAnotherProgram(e))
                {
                    // Word or WPS has the old file open (Windows locks it): keep it whole, put the report's other files in place.
                    inUse.Add(final);
                }
            }
        }
        finally
        {
            // Only after a failure, or for a file in use, is anything left to remove.
            foreach (var (temp, _) in temporary.Where(t => !renamed.Contains(t.Temp) && File.Exists(t.Temp)))
            {
                File.Delete(temp);
            }
        }

        return inUse.Count > 0 ? throw new OutputInUseException(inUse) : [.. temporary.Select(t => t.Final)];
    }

    /// <summary>
    /// Writes a file that must not exist yet. Made with O_EXCL rather than O_TRUNC: ext4 treats a file
    /// truncated to nothing as one being replaced and allocates its blocks when it is closed, on the
    /// writing thread (2 % of a 2,000-report build's CPU); a new file is left to background writeback.
    /// A temporary file of a killed build with the same process id is removed first.
    /// </summary>
    private static void WriteNew(string path, byte[] bytes)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(path);
            handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }

        using (handle)
        {
            RandomAccess.Write(handle, bytes, 0);
        }
    }

    /// <summary>
    /// What writing <paramref name="bytes"/> to <paramref name="path"/> would change: a new file, a different one, or
    /// nothing. The old file is read as untrusted (a pipe or a device planted in out/ is not waited on or read
    /// without end): whatever is not a readable file of ours is replaced.
    /// </summary>
    public static FileChange ChangeOf(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return FileChange.Added;
        }

        if (info.Length != bytes.Length)
        {
            // Not read at all: a file of another length differs (a pipe or device reports 0 and is replaced too).
            return FileChange.Modified;
        }

        var old = Files.InputFile.Read(path, Math.Max(bytes.Length, 1), out var problem);
        return problem == Files.InputProblem.NotFound ? FileChange.Added
            : old is not null && old.AsSpan().SequenceEqual(bytes) ? FileChange.Unchanged
            : FileChange.Modified;
    }

    /// <summary>
    /// Writes one file (manifest, site index) the same safe way, unless it already holds exactly these
    /// bytes (then not even its time changes); returns whether it wrote.
    /// </summary>
    public static bool WriteFileIfChanged(string path, byte[] bytes)
    {
        if (ChangeOf(path, bytes) == FileChange.Unchanged)
        {
            return false;
        }

        Write(Path.GetDirectoryName(Path.GetFullPath(path))!, [(Path.GetFileName(path), bytes)]);
        return true;
    }

    private static string TemporaryName(string final) =>
        Path.Combine(Path.GetDirectoryName(final)!, $".{Path.GetFileName(final)}.{Environment.ProcessId}{TemporarySuffix}");

    /// <summary>
    /// Deletes the temporary files a killed build left here for the files named: exactly the names this writer
    /// gives them (<c>.report.html.1234.tmp</c>), never another program's <c>.something.tmp</c>. Safe because
    /// builds of one output folder never run at once (<see cref="OutputLock"/>).
    /// </summary>
    public static void RemoveLeftovers(string folder, IEnumerable<string> fileNames)
    {
        var names = fileNames.ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "." + "*" + TemporarySuffix))
        {
            if (OwnTemporary().Match(Path.GetFileName(file)) is { Success: true } match && names.Contains(match.Groups["name"].Value))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The name <see cref="TemporaryName"/> gives: “.”, the file's name, “.”, a process id, “.tmp”.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\.(?<name>.+)\.[0-9]+\.tmp$")]
    private static partial System.Text.RegularExpressions.Regex OwnTemporary();
}
