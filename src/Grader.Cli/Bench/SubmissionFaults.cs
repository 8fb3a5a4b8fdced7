namespace Grader.Cli.Bench;

/// <summary>
/// Page faults (minor and major) one submission cost its sandbox, by process role.
/// </summary>
/// <param name="Server">The server's own faults since it released its previous submission (closing that one,
/// forking this one's zygote, relaying its frames); null for a server's first submission, which has no baseline.</param>
/// <param name="Zygote">The zygote's own faults: it is forked for this submission and ends with it.</param>
/// <param name="Child">The faults of every process below the zygote: the child that runs the student's code
/// (a fresh one after trouble) and anything the student's code forked, reaped or still there.</param>
internal readonly record struct SubmissionFaults(long? Server, long Zygote, long Child)
{
    public long? Total => Server + Zygote + Child;
}
