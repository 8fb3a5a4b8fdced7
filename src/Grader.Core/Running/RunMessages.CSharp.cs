using Grader.Running.CSharp;
using Grader.Values;

namespace Grader.Running;

/// <summary>What the grader says when a submission's C# files cannot be compiled within the limits.</summary>
internal static partial class RunMessages
{
    public static string CompileTimedOut(CompileLimits limits) =>
        $"compiling took longer than {Quantity.FormatDuration(limits.Wall)}; the C# files of this submission were not run "
        + "(deeply nested lambdas passed to overloaded methods can make the compiler's work grow exponentially)";

    public static string CompileOutOfMemory(CompileLimits limits) =>
        $"compiling needed more than {Quantity.FormatBytes(limits.MemoryBytes)} of memory; the C# files of this submission were not run";

    public static string CompilerStopped(int? exitCode) =>
        (exitCode is { } code ? $"the compiler stopped unexpectedly (exit code {code})" : "the compiler stopped unexpectedly")
        + " on these files; the C# files of this submission were not run";
}
