using System.Text.Json.Serialization;

// Compiled into both Grader.Worker and Grader.Core (linked), so both ends read the same records.
namespace Grader.Worker.Compiling;

/// <summary>One source file of a submission, by its path relative to the submission.</summary>
internal sealed record SourceFile(string Path, string Text);

/// <summary>The grader asks the compile worker to build a submission's C# files.</summary>
internal sealed record CompileRequest(IReadOnlyList<SourceFile> Files);

/// <summary>A public static method of a public static class: where it is and how the run worker finds it.</summary>
internal sealed record CompiledMethod(string File, int Line, string TypeName, string Name);

/// <summary>A compile error of one file (1-based line and column).</summary>
internal sealed record CompileIssue(string File, int Line, int Column, string Message);

/// <summary>
/// What compiling gave: the assembly of the files that compiled (none if no file did), their
/// methods, and the errors of the files left out. <see cref="OutOfMemory"/>: Roslyn ran out of its
/// heap and nothing else is set; the grader writes the verdict.
/// </summary>
internal sealed record CompileReply(byte[]? Assembly, IReadOnlyList<CompiledMethod> Methods, IReadOnlyList<CompileIssue> Issues, bool OutOfMemory = false);

[JsonSerializable(typeof(CompileRequest))]
[JsonSerializable(typeof(CompileReply))]
internal sealed partial class CompileJson : JsonSerializerContext;
