using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Generator.Files;

/// <summary>
/// Opening without blocking and asking the open handle what kind of file it is, on Linux. .NET 10 has
/// neither (its open waits on a FIFO for a writer; SafeFileHandle.Type comes with .NET 11), so two calls of
/// the C library: open(2) with O_NONBLOCK, and statx(2), whose structure is the same on every architecture
/// (x86-64 and ARM64 alike, unlike struct stat), present since glibc 2.28 and Linux 4.11.
/// </summary>
[SupportedOSPlatform("linux")]
internal static partial class LinuxFiles
{
    private const int ReadOnly = 0;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;
    private const int EmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int BlockDevice = 0x6000;

    private const int NoSuchFile = 2;
    private const int PermissionDenied = 13;
    private const int NotPermitted = 1;
    private const int NoSuchDeviceOrAddress = 6;
    private const int NotADirectory = 20;
    private const int LoopOfLinks = 40;

    public static SafeFileHandle? OpenRegular(string path, out InputProblem problem)
    {
        var fd = open(path, ReadOnly | NonBlocking | CloseOnExec);
        if (fd < 0)
        {
            problem = Marshal.GetLastPInvokeError() switch
            {
                NoSuchFile or NotADirectory or LoopOfLinks => InputProblem.NotFound,
                PermissionDenied or NotPermitted => InputProblem.Denied,
                NoSuchDeviceOrAddress => InputProblem.NotAFile, // a socket, or a FIFO that cannot be opened
                _ => InputProblem.Failed,
            };
            return null;
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        problem = Kind(handle);
        if (problem == InputProblem.None)
        {
            return handle;
        }

        handle.Dispose();
        return null;
    }

    private static InputProblem Kind(SafeFileHandle handle)
    {
        Statx info;
        try
        {
            if (statx((int)handle.DangerousGetHandle(), string.Empty, EmptyPath, StatxType, out info) != 0)
            {
                return InputProblem.Failed;
            }
        }
        catch (EntryPointNotFoundException)
        {
            // A C library older than 2.28: the file was still opened without blocking, and reading is bounded.
            return InputProblem.None;
        }

        return (info.Mode & TypeMask) switch
        {
            Regular => InputProblem.None,
            Fifo => InputProblem.Pipe,
            CharacterDevice or BlockDevice => InputProblem.Device,
            _ => InputProblem.NotAFile,
        };
    }

#pragma warning disable SA1300, IDE1006 // The C library's names.
    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int statx(int directory, string path, int flags, uint mask, out Statx buffer);
#pragma warning restore SA1300, IDE1006

    /// <summary>struct statx: only the fields read here are named; the kernel fills 256 bytes.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Statx
    {
        [FieldOffset(28)]
        public ushort Mode;
    }
}
