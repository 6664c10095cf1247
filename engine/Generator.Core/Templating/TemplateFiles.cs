using System.Text;

namespace Generator.Templating;

/// <summary>
/// Reads template files as untrusted input: only files that really lie inside the templates folder
/// (a symbolic link, or a linked folder, pointing elsewhere is refused, so a template set cannot
/// pull <c>/etc/passwd</c> or a data file into a published report), at most <see cref="MaxBytes"/>,
/// and strictly UTF-8.
/// </summary>
internal static class TemplateFiles
{
    /// <summary>The real templates are a few KB; a larger file is a mistake (a pasted export, a binary).</summary>
    public const int MaxBytes = 1 << 20;

    /// <summary>More links than this in one path is a loop (Linux stops at 40 as well).</summary>
    private const int MaxLinks = 40;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static StringComparison PathComparison => OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Whether <paramref name="path"/>, with every link on the way resolved, lies inside <paramref name="root"/>.</summary>
    public static bool IsInside(string path, string root)
    {
        try
        {
            var links = 0;
            var realRoot = Resolve(root, ref links).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            links = 0;
            return Resolve(path, ref links).StartsWith(realRoot, PathComparison);
        }
        catch (IOException)
        {
            // A link loop or an unreadable link: not provably inside, so not used.
            return false;
        }
    }

    /// <summary>The text of a template file, or null with the reason (Chinese) when it cannot be used.</summary>
    public static string? Read(string path, out string? problem)
    {
        problem = null;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                problem = $"模板文件过大（{info.Length} 字节），模板文件不应超过 {MaxBytes / 1024 / 1024} MB";
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            var bom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            return Utf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            problem = "模板文件不是 UTF-8 编码（可能是 GBK/GB2312）";
        }
        catch (IOException)
        {
            problem = "无法读取模板文件（文件被占用或已损坏）";
        }
        catch (UnauthorizedAccessException)
        {
            problem = "没有读取该模板文件的权限";
        }

        return null;
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
