using System.Runtime.InteropServices;

namespace Grader.Running.Sandboxing;

/// <summary>
/// Descriptors the grader inherited from whoever started it (a wrapper's log as fd 9, a CI pipe) are
/// not close-on-exec, so every worker would inherit them and student code could write to them. .NET
/// opens its own descriptors close-on-exec, so marking every descriptor above 2 close-on-exec
/// before a worker starts takes nothing from the grader and gives the worker only its three pipes.
/// </summary>
internal static partial class InheritedDescriptors
{
    private const int CloseRange = 436;     // the same number on x86-64 and ARM64
    private const uint CloseOnExec = 4;     // CLOSE_RANGE_CLOEXEC
    private const int SetDescriptorFlags = 2, DescriptorCloseOnExec = 1;   // F_SETFD, FD_CLOEXEC

    public static void MarkCloseOnExec()
    {
        if (Syscall(CloseRange, 3, uint.MaxValue, CloseOnExec) == 0)
        {
            return;
        }

        // Kernels before 5.11: one by one.
        foreach (var entry in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            if (int.TryParse(Path.GetFileName(entry), out var fd) && fd > 2)
            {
                _ = Fcntl(fd, SetDescriptorFlags, DescriptorCloseOnExec);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "syscall", SetLastError = true)]
    private static partial long Syscall(long number, uint first, uint last, uint flags);

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int fd, int command, int argument);
}
