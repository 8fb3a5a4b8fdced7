namespace Grader.Worker;

/// <summary>
/// A returned value that cannot be sent as numbers: the kind of a <see cref="Protocol.ReturnProblem"/>
/// and the type it names, if any. The grader writes the sentence; this carries no message of its own.
/// </summary>
internal sealed class UnreadableValueException(string kind, string? typeName = null) : Exception(kind)
{
    public string Kind { get; } = kind;

    public string? TypeName { get; } = typeName;
}
