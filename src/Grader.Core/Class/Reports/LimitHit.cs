using Grader.Checking;
using Grader.Submissions;

namespace Grader.Class.Reports;

/// <summary>A submission's problem that timed out or hit a limit.</summary>
public sealed record LimitHit(string Submission, string ProblemId, ProblemStatus Status);
