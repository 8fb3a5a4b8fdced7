using Grader.Values;

namespace Grader.Checking;

/// <summary>
/// A classic mistake of one problem, declared in its spec as an alternative model: its outputs per case
/// (outputs the mistake does not change are absent or equal to the expected ones) and a message for the student.
/// </summary>
public sealed record MistakeReference(
    string Id,
    string Message,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, Value>> OutputsByCase);
