namespace Grader.Submissions;

/// <summary>
/// The programs opening a submission needs but does not own: a Python whose parser finds the
/// functions of the Python files, and a compiler for the C# files. Both are the run stage's
/// (<c>Grader.Running.Toolchain</c>); intake only declares them, so it never depends on running.
/// </summary>
internal interface IToolchain
{
    /// <summary>The Python to parse with; asked only when the submission holds Python files.</summary>
    string Python();

    /// <summary>Compiles the C# files; one that does not compile is a file issue, not an exception.</summary>
    CSharpBuild CompileCSharp(IReadOnlyList<(string RelativePath, string Source)> files);
}
