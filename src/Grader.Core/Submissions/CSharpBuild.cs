
using Grader.Worker.Compiling;
using Grader.Running.CSharp;

namespace Grader.Submissions;

/// <summary>
/// The submission's <c>.cs</c> files compiled against the base library and MathNet.Numerics, in a
/// separate limited process (<see cref="CSharpCompiler"/>). Files with errors are reported and left
/// out, so the others still run; a compile that breaks a limit reports every C# file and costs only
/// this submission's C# problems.
/// </summary>
internal sealed class CSharpBuild
{
    private CSharpBuild(byte[]? assembly, IReadOnlyDictionary<string, CSharpMethod> methods, IReadOnlyList<FileIssue> issues)
    {
        Assembly = assembly;
        Methods = methods;
        Issues = issues;
    }

    public byte[]? Assembly { get; }

    /// <summary>Public static methods of public static classes, by name.</summary>
    public IReadOnlyDictionary<string, CSharpMethod> Methods { get; }

    public IReadOnlyList<FileIssue> Issues { get; }

    public static CSharpBuild Compile(IReadOnlyList<(string RelativePath, string Source)> files) => Compile(files, CompileLimits.Default);

    public static CSharpBuild Compile(IReadOnlyList<(string RelativePath, string Source)> files, CompileLimits limits)
    {
        var (reply, failure) = CSharpCompiler.Compile([.. files.Select(f => new SourceFile(f.RelativePath, f.Source))], limits);
        if (reply is null)
        {
            return new CSharpBuild(null, new Dictionary<string, CSharpMethod>(), [.. files.Select(f => new FileIssue(f.RelativePath, 1, 1, failure!))]);
        }

        var methods = new Dictionary<string, CSharpMethod>(StringComparer.Ordinal);
        foreach (var method in reply.Methods)
        {
            methods.TryAdd(method.Name, new CSharpMethod(method.File, method.Line, method.TypeName, method.Name));
        }

        return new CSharpBuild(reply.Assembly, methods, [.. reply.Issues.Select(i => new FileIssue(i.File, i.Line, i.Column, i.Message))]);
    }
}
