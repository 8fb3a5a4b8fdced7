namespace Grader.Cli;

/// <summary>
/// An output file could not be written: the disk is full, or the output folder is not writable. The
/// run stops (every later write would fail too) with a message that says what to do; what was
/// written before is whole and kept.
/// </summary>
internal sealed class OutputWriteException(string path, Exception inner) : Exception(inner.Message, inner)
{
    /// <summary>ENOSPC and EDQUOT: .NET reports the errno as the HResult of the IOException on Linux.</summary>
    private static readonly int[] NoSpaceErrors = [28, 122];

    public string Path { get; } = path;

    public bool NoSpace => InnerException is IOException io && (NoSpaceErrors.Contains(io.HResult) || io.HResult == unchecked((int)0x80070070));
}
