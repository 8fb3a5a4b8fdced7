using Grader.Running;
using Grader.Running.Sandboxing;

namespace Grader.Grading;

/// <summary>How a run grades: the sandbox, and whether only public cases run (a student's self-check).</summary>
/// <param name="Student">Whose submission every graded one is (<c>--student</c>), in a course with variants.</param>
public sealed record GradingOptions(SandboxOptions Sandbox, bool PublicOnly = false, string? Student = null);
