using System.Globalization;

namespace Grader.Cli.Handouts;

/// <summary>
/// What a student's handout says around the problems, in one place for every format. Each format
/// escapes what it puts in (names come from the roster).
/// </summary>
internal static class HandoutWording
{
    public const string TitlePrefix = "Homework of ";

    public const string StudentIdPrefix = "Student id ";

    public const string YoursAlone =
        "The numbers in this handout are yours: every student has their own. Work each problem out on them and run your code on them before you hand it in; "
        + "it is graded on them and on hidden cases. A problem whose numbers are the same for everyone says so.";

    public const string PythonIntro = "The same inputs in Python, to paste:";

    public static string Totals(StudentHandout handout) => string.Create(
        CultureInfo.InvariantCulture,
        $"{handout.Problems.Count} problem{(handout.Problems.Count == 1 ? string.Empty : "s")}, {handout.Problems.Sum(p => p.Problem.Spec.Points)} points.");

    /// <summary>The line above a problem's inputs: the student's own numbers, or the public case everyone shares.</summary>
    public static string InputsHeading(HandoutProblem problem) => problem.Own
        ? "Your inputs (yours alone):"
        : "Your inputs (the same for every student):";
}
