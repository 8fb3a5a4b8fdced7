using System.Runtime.InteropServices;

namespace Grader.Worker;

/// <summary>The two libc calls .NET has no managed form of: moving the protocol off fd 1.</summary>
internal static partial class Native
{
    [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
    public static partial int Dup(int fd);

    [LibraryImport("libc", EntryPoint = "dup2", SetLastError = true)]
    public static partial int Dup2(int oldFd, int newFd);
}
