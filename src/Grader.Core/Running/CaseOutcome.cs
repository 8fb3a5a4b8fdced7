namespace Grader.Running;

/// <summary>How one call of a submission's function ended.</summary>
public enum CaseOutcome
{
    Returned,
    Exception,
    BadReturn,
    Timeout,
    MemoryLimit,
    ProcessLimit,
    OutputLimit,
    Crashed,
    NotAttempted,
    NotRun,
}
