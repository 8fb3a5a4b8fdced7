namespace Grader.Running.Exceptions;

/// <summary>
/// What a student may read of an exception their code raised on a case, made safe where it is
/// made: the exception's type (<c>ValueError</c>, <c>LinAlgError</c>), its message (on a hidden case
/// every number replaced by <c>…</c> and the length capped, <see cref="HiddenText"/>), and the deepest
/// line of the student's own files the traceback passes through (never a library's or the grader's).
/// The whole traceback stays on the <see cref="CaseRun"/>, for the instructor.
/// </summary>
public sealed record ExceptionSummary(string Type, string Message, StudentFrame? Frame)
{
    /// <param name="hidden">The case is hidden: the message is scrubbed of numbers and capped.</param>
    internal static ExceptionSummary From(ParsedException parsed, StudentFrame? frame, bool hidden)
    {
        var type = parsed.Type[(parsed.Type.LastIndexOf('.') + 1)..];
        return hidden
            ? new ExceptionSummary(HiddenText.Type(type), HiddenText.Message(parsed.Message), frame)
            : new ExceptionSummary(type, parsed.Message, frame);
    }
}
