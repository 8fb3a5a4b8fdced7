using System.Runtime.InteropServices;

namespace Grader.Submissions;

/// <summary>
/// The type of a file from <c>statx</c> without following links, so a FIFO, socket or device is
/// known before anything opens it (opening a FIFO waits for a writer forever; a device such as
/// <c>/dev/zero</c> reads forever). .NET exposes no file type beyond "directory" and "link".
/// </summary>
internal static class UnixFileType
{
    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;

    /// <summary><c>struct statx</c> is 256 bytes on every Linux architecture; <c>stx_mode</c> is the u16 at byte 28.</summary>
    private const int StatxSize = 256;
    private const int ModeOffset = 28;

    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        var buffer = new byte[StatxSize];
        if (Statx(AtCurrentDirectory, Path.GetFullPath(path), AtSymlinkNoFollow, StatxType, buffer) != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            _ => FileKind.Device,
        };
    }

    public static bool IsSpecial(FileKind kind) => kind is FileKind.Fifo or FileKind.Socket or FileKind.Device;

    [DllImport("libc", EntryPoint = "statx")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [In, Out] byte[] buffer);
}
