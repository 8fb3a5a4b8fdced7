namespace Grader.Core.Tests.Running.Exceptions;

/// <summary>
/// Real tracebacks in <c>Running/Fixtures/tracebacks/</c>: Python's written by
/// <c>make_tracebacks.py</c> (run with /usr/bin/python3 and numpy), .NET's captured from
/// Grader.Worker running a compiled C# submission; each beside the student file it came from.
/// </summary>
internal static class Tracebacks
{
    public static string Text(string name) => File.ReadAllText(Problems.Fixture(Path.Combine("tracebacks", name + ".txt")));

    public static string Source(string name) => File.ReadAllText(Problems.Fixture(Path.Combine("tracebacks", name + ".source.txt")));
}
