namespace Grader.Class;

/// <summary>One submission of a class run, done: graded, found unchanged, or failed on by the grader (<paramref name="Failure"/>, then scoring nothing).</summary>
internal sealed record SubmissionResult(string Name, double Score, double MaxScore, bool Unchanged, Exception? Failure);
