namespace Generator.Files;

/// <summary>
/// Whether a path really lies inside a folder once every symbolic link along it is followed: the data and
/// template folders are read only within themselves, so a link cannot pull <c>/etc/passwd</c>, a device or
/// the whole file system into a build.
/// </summary>
public static class FolderLinks
{
    /// <summary>More links than this in one path is a loop (Linux stops at 40 as well).</summary>
    private const int MaxLinks = 40;

    private static StringComparison PathComparison => OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Whether <paramref name="path"/>, with every link on the way resolved, lies inside <paramref name="root"/>.</summary>
    public static bool IsInside(string path, string root)
    {
        try
        {
            // The usual case, cheaply: the path is below the root as written and nothing below the root is a link.
            var full = Path.GetFullPath(path);
            var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
            if (full.StartsWith(fullRoot, PathComparison) && !HasLinkBelow(fullRoot, full))
            {
                return true;
            }

            var links = 0;
            var realRoot = Path.TrimEndingDirectorySeparator(Resolve(root, ref links)) + Path.DirectorySeparatorChar;
            links = 0;
            return Resolve(path, ref links).StartsWith(realRoot, PathComparison);
        }
        catch (IOException)
        {
            // A link loop or an unreadable link: not provably inside, so not used.
            return false;
        }
    }

    /// <summary>The absolute path with every symbolic link along it followed (parts that do not exist are kept as written).</summary>
    public static string RealPath(string path)
    {
        try
        {
            var links = 0;
            return Resolve(path, ref links);
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }

    /// <summary>Whether a folder or file on the way from <paramref name="root"/> down to <paramref name="full"/> is a link.</summary>
    private static bool HasLinkBelow(string root, string full)
    {
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (new FileInfo(current).LinkTarget is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The absolute path with every symbolic link along it replaced by what it points to.</summary>
    private static string Resolve(string path, ref int links)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full) ?? string.Empty;
        foreach (var part in full[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException("too many symbolic links");
            }

            // A relative target is relative to the folder holding the link; the target may hold links itself.
            current = Resolve(Path.Combine(current, target), ref links);
        }

        return current;
    }
}
