using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Grader.Checking;
using Grader.Courses;
using Grader.Reference;
using Grader.Running;
using Grader.Values;

namespace Grader.Grading;

/// <summary>
/// What a problem's typed numbers say to the instructor in a course with variants: numbers wrong for
/// the submission's own public case but right for another student's (or the statement's) are that
/// student's, a <see cref="CopyFinding"/>; and a print of wrong numbers, which the class report
/// compares across students (the same wrong numbers on different variants are no coincidence).
/// Formulas are left out: they are evaluated on each student's own numbers, so copying one shows nothing.
/// </summary>
internal static class TypedAnswerCheck
{
    /// <param name="graded">The problem as the submission was graded (its owner's variant, or the statement's case).</param>
    /// <param name="statement">The problem with the statement's public case.</param>
    public static (CopyFinding? Copy, string? Print) Check(GradingPlan plan, ProblemPlan graded, ProblemPlan statement, ProblemSubmission submitted, RosterStudent? owner)
    {
        if (plan.Course is not { } course || !graded.Problem.Spec.Variant.Enabled
            || submitted.Cases.FirstOrDefault(c => !c.Case.Hidden) is not { Outputs: { } outputs } run)
        {
            return (null, null);
        }

        var typed = outputs.Where(o => submitted.Formulas.All(f => f.Output != o.Key)).ToDictionary(o => o.Key, o => o.Value);
        var tolerance = graded.Problem.Spec.AnswerTolerance;
        if (typed.Count == 0 || Answers(typed, run.Case, tolerance))
        {
            return (null, null);
        }

        var print = Print(graded.Id, typed);
        if (owner is not null && Answers(typed, statement.Cases.First(c => !c.Hidden), tolerance))
        {
            return (new CopyFinding(graded.Id, null), print);
        }

        var source = course.Students
            .Where(s => s.Id != owner?.Id)
            .FirstOrDefault(s => Answers(typed, plan.Variant(graded, s), tolerance));
        return (source is null ? null : new CopyFinding(graded.Id, source), print);
    }

    /// <summary>Whether every typed output is right for this case.</summary>
    private static bool Answers(Dictionary<string, Value> typed, SolvedCase solved, Specs.Tolerance tolerance) =>
        typed.All(o => solved.Expected.TryGetValue(o.Key, out var expected)
            && ValueComparer.Compare(o.Value, expected, solved.Lower[o.Key], solved.Upper[o.Key], tolerance).Passed);

    /// <summary>Equal for numbers equal to 4 significant digits (what a student copies by hand).</summary>
    private static string Print(string problemId, Dictionary<string, Value> typed)
    {
        var text = new StringBuilder(problemId);
        foreach (var (name, value) in typed.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append(name).Append(':');
            foreach (var entry in ValueMath.Entries(value))
            {
                text.Append(' ').Append(entry.ToString("G4", CultureInfo.InvariantCulture));
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
