using Grader.Checking;

namespace Grader.Reports;

/// <summary>
/// A problem's derivations as every report shows them: per chain where it was written, what it derives
/// and how its steps fared, then each step's verdict. The sentences are built once by the derivation
/// checker (a hidden case named by its sizes only); here they are listed, made inert by the caller.
/// </summary>
internal static class DerivationText
{
    public const string Heading = "Your derivations, every step checked on the problem's cases:";

    public static IEnumerable<string> Items(ProblemScore problem, Func<string, string> inert)
    {
        foreach (var chain in problem.Derivations)
        {
            yield return "- " + inert(chain.Summary);
            foreach (var step in chain.Steps)
            {
                yield return "  - " + inert(step);
            }
        }
    }

    /// <summary>The heading and the list as plain text, inert on a terminal; empty when the problem has no derivations.</summary>
    public static string Plain(ProblemScore problem) =>
        problem.Derivations.Count == 0 ? "" : string.Join("\n", Items(problem, text => InertText.Escape(text)).Prepend(Heading));
}
