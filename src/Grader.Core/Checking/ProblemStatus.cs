namespace Grader.Checking;

/// <summary>The verdict on a whole problem.</summary>
public enum ProblemStatus
{
    /// <summary>Full points.</summary>
    Passed,

    /// <summary>Some points.</summary>
    Partial,

    /// <summary>No points, though the code ran and returned values.</summary>
    Failed,

    /// <summary>No points: an exception, a bad return value, a crash, or code that could not be loaded.</summary>
    Error,

    /// <summary>No points: a case ran out of time.</summary>
    Timeout,

    /// <summary>No points: a case hit the memory, process or output limit.</summary>
    Limit,

    /// <summary>Not attempted.</summary>
    Missing,

    /// <summary>Not graded: the problem cannot run on this machine (a training problem's dataset or a Python module it needs is missing).</summary>
    Unavailable,
}
