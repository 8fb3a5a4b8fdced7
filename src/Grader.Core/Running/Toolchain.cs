using Grader.Running.CSharp;
using Grader.Submissions;

namespace Grader.Running;

/// <summary>
/// What intake opens submissions with, from the run stage: the Python <see cref="PythonLocator"/>
/// finds (looked up only when a submission holds Python) and the sandboxed <see cref="CSharpCompiler"/>.
/// </summary>
internal sealed class Toolchain(string? pythonPath = null) : IToolchain
{
    /// <summary>The Python of <see cref="PythonLocator"/>'s defaults and the default compile limits.</summary>
    public static Toolchain Default { get; } = new();

    public string Python() => PythonLocator.Find(pythonPath);

    public CSharpBuild CompileCSharp(IReadOnlyList<(string RelativePath, string Source)> files) => CSharpCompiler.Build(files, CompileLimits.Default);
}
