using Grader.Courses;
using Grader.Reference;

namespace Grader.Cli.Handouts;

/// <summary>
/// What one student receives: who they are (name, id, login from the roster) and each problem, in
/// the catalogue's order, with their own numbers. It holds nothing secret: not the course's salt,
/// no expected output, no hidden case.
/// </summary>
internal sealed record StudentHandout(RosterStudent Student, IReadOnlyList<HandoutProblem> Problems)
{
    /// <summary>The student's handout: each problem's variant drawn from the course's seed of (student, problem).</summary>
    public static StudentHandout For(Course course, RosterStudent student, IEnumerable<CompiledProblem> problems) =>
        new(student, [.. problems.Select(p => HandoutProblem.For(p, course.VariantSeed(student.Id, p.Id)))]);
}
