using Grader.Grading;

namespace Grader.Class.Outputs;

/// <summary>
/// An output file could not be written: the disk is full, or the output folder is not writable. The
/// run stops (every later write would fail too) with a message that says what to do; what was
/// written before is whole and kept.
/// </summary>
internal sealed class OutputWriteException(string path, Exception inner) : Exception(inner.Message, inner)
{
    public string Path { get; } = path;

    public bool NoSpace => InnerException is { } inner && Grading.NoSpace.Is(inner);
}
