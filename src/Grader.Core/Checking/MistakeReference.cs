namespace Grader.Checking;

/// <summary>
/// A classic mistake of one problem, declared in its spec as an alternative model, and the message
/// for the student. What it outputs travels with each case (<see cref="Reference.SolvedCase.Mistakes"/>, in this order).
/// </summary>
/// <param name="Where">For a mistake made at one site of the model's loop only: where, for the student (e.g. "in the output layer only").</param>
public sealed record MistakeReference(string Id, string Message, string? Where = null);
