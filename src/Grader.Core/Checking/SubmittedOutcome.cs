namespace Grader.Checking;

/// <summary>How running one case of a submission ended.</summary>
public enum SubmittedOutcome
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
