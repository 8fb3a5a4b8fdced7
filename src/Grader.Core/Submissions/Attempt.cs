namespace Grader.Submissions;

/// <summary>
/// Where a submission attempts a problem: the language, the file (relative to the submission's root)
/// and the line of the function's definition (0 for answers).
/// </summary>
public sealed record Attempt(AttemptLanguage Language, string File, int Line);
