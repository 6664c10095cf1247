using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace Generator.Files;

/// <summary>What an opened handle is on Windows: a disk file, or a device (NUL, CON) or pipe that must not be read.</summary>
[SupportedOSPlatform("windows")]
internal static partial class WindowsFiles
{
    private const uint Disk = 0x0001;
    private const uint Character = 0x0002;
    private const uint Pipe = 0x0003;

    public static InputProblem Kind(SafeFileHandle handle) => GetFileType(handle) switch
    {
        Disk => InputProblem.None,
        Character => InputProblem.Device,
        Pipe => InputProblem.Pipe,
        _ => InputProblem.NotAFile,
    };

    [LibraryImport("kernel32.dll", SetLastError = true)]
    private static partial uint GetFileType(SafeFileHandle handle);
}
