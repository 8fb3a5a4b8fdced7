using Grader.Worker.Compiling;
using Microsoft.Win32.SafeHandles;

namespace Grader.Worker;

/// <summary>
/// Grader's C# worker, in one of two roles: <c>compile</c> builds submissions' sources
/// (<see cref="CompileServer"/>); without arguments it runs one problem of a compiled submission
/// (<see cref="WorkerLoop"/>). The protocol runs on fd 0 (requests) and a duplicate of the original
/// fd 1 (replies); fd 1 itself then points at stderr, and Console.Out/Error at a bounded in-memory
/// writer, so nothing the submission prints can reach the protocol channel by accident.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var protocolFd = Native.Dup(1);
        if (protocolFd < 0 || Native.Dup2(2, 1) < 0)
        {
            return 70;
        }

        using var input = Console.OpenStandardInput();
        using var output = new FileStream(new SafeFileHandle(protocolFd, ownsHandle: true), FileAccess.Write);
        if (args is ["compile"])
        {
            return new CompileServer(input, output).Run();
        }

        var capture = new BoundedWriter();
        Console.SetOut(capture);
        Console.SetError(capture);
        return new WorkerLoop(input, output, capture).Run();
    }
}
