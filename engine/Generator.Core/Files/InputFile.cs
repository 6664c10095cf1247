using Microsoft.Win32.SafeHandles;

namespace Generator.Files;

/// <summary>
/// Reads a file that the user's folders hold (data, templates) as untrusted input. Only a regular file is
/// read, and that is checked on the opened handle, not by its name: on Linux the file is opened without
/// waiting (a named pipe would block the build forever) and its type asked of the handle; a device such as
/// <c>/dev/zero</c> is refused before a byte is read. The size limit is counted while reading, since a
/// device or a growing file reports no useful length.
/// </summary>
public static class InputFile
{
    /// <summary>The whole file, or null and why not.</summary>
    public static byte[]? Read(string path, int maxBytes, out InputProblem problem)
    {
        try
        {
            using var handle = Open(path, out problem);
            if (handle is null)
            {
                return null;
            }

            return ReadAll(handle, maxBytes, out problem);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            problem = InputProblem.NotFound;
        }
        catch (UnauthorizedAccessException)
        {
            problem = InputProblem.Denied;
        }
        catch (IOException)
        {
            problem = InputProblem.Failed;
        }

        return null;
    }

    /// <summary>The Chinese words for a problem, for messages: “是一个命名管道（FIFO）”.</summary>
    public static string Describe(InputProblem problem, int maxBytes) => problem switch
    {
        InputProblem.NotFound => "找不到这个文件（或它是指向不存在的文件的链接）",
        InputProblem.Pipe => "不是普通文件，而是一个命名管道（FIFO）",
        InputProblem.Device => "不是普通文件，而是一个设备（如 /dev/zero）",
        InputProblem.NotAFile => "不是普通文件（是文件夹、套接字或其他特殊文件）",
        InputProblem.TooLarge => $"文件过大，超过了 {maxBytes / 1024} KB",
        InputProblem.Denied => "没有读取这个文件的权限",
        _ => "文件无法读取（被其他程序占用或已损坏）",
    };

    private static SafeFileHandle? Open(string path, out InputProblem problem)
    {
        if (OperatingSystem.IsLinux())
        {
            return LinuxFiles.OpenRegular(path, out problem);
        }

        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        problem = OperatingSystem.IsWindows() ? WindowsFiles.Kind(handle) : InputProblem.None;
        if (problem == InputProblem.None)
        {
            return handle;
        }

        handle.Dispose();
        return null;
    }

    /// <summary>Reads to the end, but never more than <paramref name="maxBytes"/> and one byte to tell that there was more.</summary>
    private static byte[]? ReadAll(SafeFileHandle handle, int maxBytes, out InputProblem problem)
    {
        // Sized by the length the file has now (one array for a 300 KB PNG compared after a build, not four growing
        // ones and the garbage collection they brought on), with one byte more to see the end; the limit is still
        // counted as read, since the file may grow meanwhile.
        var buffer = new byte[(int)Math.Min(Math.Max(RandomAccess.GetLength(handle) + 1, 4 * 1024), maxBytes + 1L)];
        var length = 0;
        long offset = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > maxBytes)
                {
                    problem = InputProblem.TooLarge;
                    return null;
                }

                Array.Resize(ref buffer, Math.Min(maxBytes + 1, buffer.Length * 2));
            }

            var read = RandomAccess.Read(handle, buffer.AsSpan(length), offset);
            if (read == 0)
            {
                break;
            }

            length += read;
            offset += read;
        }

        problem = InputProblem.None;
        return length == buffer.Length ? buffer : buffer[..length];
    }
}
