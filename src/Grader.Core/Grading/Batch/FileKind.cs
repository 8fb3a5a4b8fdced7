using System.Runtime.InteropServices;

namespace Grader.Grading.Batch;

/// <summary>
/// Whether a path is a regular file, asked of the kernel without opening it: opening a named pipe
/// to read waits for a writer forever, and reading a device may never end, so a student's FIFO named
/// <c>hw.py</c> must be recognised before anything reads it. .NET reports pipes and devices as
/// ordinary files.
/// </summary>
internal static class FileKind
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    /// <summary>True for a regular file (never following a link); false for a pipe, socket, device, folder or link.</summary>
    public static bool IsRegular(string path)
    {
        // struct statx is the same on every architecture: stx_mode is the 16 bits at byte 28.
        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, AtSymlinkNoFollow, StatxType, buffer) != 0)
            {
                return false;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not Linux (or a libc without statx): nothing better than what .NET says.
            return File.Exists(path) && new FileInfo(path).LinkTarget is null;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeMask) == Regular;
    }

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe code, which Grader.Core does not allow.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "statx")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054
}
