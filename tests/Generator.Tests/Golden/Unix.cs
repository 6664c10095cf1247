using System.Runtime.InteropServices;

namespace Generator.Tests.Golden;

/// <summary>What the tests need of the C library to plant special files: .NET has no mkfifo.</summary>
internal static partial class Unix
{
    public static bool MakeFifo(string path) => OperatingSystem.IsLinux() && mkfifo(path, 0x1A4) == 0; // rw-r--r--

#pragma warning disable SA1300, IDE1006 // The C library's name.
    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int mkfifo(string path, uint mode);
#pragma warning restore SA1300, IDE1006
}
