namespace Grader.Grading;

/// <summary>
/// Whether an I/O error is the disk (or quota) being full: not a fault of the submission being
/// graded, so it must never be recorded as that submission's result.
/// </summary>
public static class NoSpace
{
    /// <summary>ENOSPC and EDQUOT: .NET reports the errno as the HResult of the IOException on Linux.</summary>
    private static readonly int[] Errors = [28, 122];

    /// <summary>ERROR_DISK_FULL as an HResult (Windows).</summary>
    private const int DiskFull = unchecked((int)0x80070070);

    public static bool Is(Exception error) => error is IOException io && (Errors.Contains(io.HResult) || io.HResult == DiskFull);
}
