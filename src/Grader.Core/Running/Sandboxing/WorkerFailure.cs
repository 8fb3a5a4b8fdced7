namespace Grader.Running.Sandboxing;

/// <summary>Why a worker gave no answer: it stopped, took too long, or flooded its output.</summary>
internal enum WorkerFailure
{
    None,
    Exited,
    Timeout,
    OutputLimit,
    Corrupt,
}
