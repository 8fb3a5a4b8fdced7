namespace Grader.Running.Exceptions;

/// <summary>
/// The exception a traceback ends with, as written: its type (<c>numpy.linalg.LinAlgError</c>), its
/// whole message, and the frames that carry a file and line, outermost first.
/// </summary>
internal sealed record ParsedException(string Type, string Message, IReadOnlyList<TracebackFrame> Frames);
