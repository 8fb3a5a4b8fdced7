using Grader.Checking;

namespace Grader.Reports.Class;

/// <summary>A submission's problem that timed out or hit a limit.</summary>
public sealed record LimitHit(string Submission, string ProblemId, ProblemStatus Status);
