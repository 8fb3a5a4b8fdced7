using System.Collections.Concurrent;
using Grader.Courses;
using Grader.Reference;

namespace Grader.Grading;

public sealed partial class GradingPlan
{
    private readonly ConcurrentDictionary<(string Problem, string Student), Lazy<SolvedCase>> _variants = new();

    /// <summary>The course whose students each get their own public case; null: everyone gets the statement's.</summary>
    public Course? Course { get; private init; }

    /// <summary>
    /// A problem as one student is graded on it: their own public case (drawn and solved once per
    /// run, shared by every submission that needs it) in place of the statement's, and the hidden cases.
    /// </summary>
    internal ProblemPlan For(ProblemPlan problem, RosterStudent student)
    {
        if (!problem.Problem.Spec.Variant.Enabled)
        {
            return problem;
        }

        var variant = Variant(problem, student);
        var index = problem.Cases.ToList().FindIndex(c => !c.Hidden);
        List<SolvedCase> cases = [.. problem.Cases];
        cases[index] = variant;
        return problem with
        {
            Solution = problem.Solution with { Cases = cases },
            Reference = problem.Reference with { Cases = cases },
        };
    }

    /// <summary>A student's own public case of a problem, solved.</summary>
    internal SolvedCase Variant(ProblemPlan problem, RosterStudent student)
    {
        var course = Course ?? throw new InvalidOperationException("a plan without a course has no variants");
        return _variants.GetOrAdd(
            (problem.Id, student.Id),
            key => new Lazy<SolvedCase>(() => ProblemSolver.SolveVariant(problem.Problem, course.VariantSeed(key.Student, key.Problem)))).Value;
    }
}
