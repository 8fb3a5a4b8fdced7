namespace Grader.Submissions;

/// <summary>What an entry of a submission folder is, seen without following links.</summary>
internal enum FileKind
{
    /// <summary>Gone, or a name .NET cannot pass back to the system (not valid UTF-8).</summary>
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    Socket,
    Device,
}
