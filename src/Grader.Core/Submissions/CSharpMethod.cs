namespace Grader.Submissions;

/// <summary>A public static method a C# submission defines: where it is and how the worker finds it.</summary>
internal sealed record CSharpMethod(string File, int Line, string TypeName, string Name);
