namespace Grader.Running.Exceptions;

/// <summary>One frame of a traceback as it names it: the file's path (as the worker saw it) and the line.</summary>
internal readonly record struct TracebackFrame(string File, int Line);
