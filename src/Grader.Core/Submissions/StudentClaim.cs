namespace Grader.Submissions;

/// <summary>The student id a submission's answers.yaml gives (<c>student: "12345"</c>), with where it is written.</summary>
public sealed record StudentClaim(string Id, string File, int Line);
