namespace Grader.Submissions;

/// <summary>
/// The submission's <c>.cs</c> files compiled (by the run stage's compiler, through <see cref="IToolchain"/>):
/// the assembly, its public static methods by name, and the files that did not compile, which are left
/// out so the others still run.
/// </summary>
internal sealed record CSharpBuild(byte[]? Assembly, IReadOnlyDictionary<string, CSharpMethod> Methods, IReadOnlyList<FileIssue> Issues);
