using System.Globalization;
using Grader.Formulas;
using Grader.Reference;
using Grader.Specs;
using Grader.Values;

namespace Grader.Verification;

/// <summary>
/// An identity problem's two sides agree: its given left side (<c>identity_from</c>) equals its output,
/// the required right side, on every case. A spec whose identity does not hold would mark every
/// right derivation wrong.
/// </summary>
internal static class IdentityCheck
{
    /// <returns>The check's summary, or null when the problem is no identity; failures are added.</returns>
    public static string? Run(ProblemSolution solution, List<string> failures)
    {
        if (solution.Problem.Spec.IdentityFrom is not { } from)
        {
            return null;
        }

        try
        {
            var context = FormulaContext.Create(solution.Problem);
            var given = context.ReadNumpy(from);
            var output = solution.Problem.Spec.Outputs[0].Name;
            foreach (var solved in solution.Cases)
            {
                var left = (Tensor)context.Evaluate(given, context.Bind(solved.Case));
                var right = (Tensor)solved.Expected[output];
                var worst = left.ToArray().Zip(right.ToArray()).Select(p => Math.Abs(p.First - p.Second)).DefaultIfEmpty(0).Max();
                if (left.Count != right.Count || !(worst <= 1e-9))
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"case {solved.Case.Name}: identity_from differs from the output '{output}' by {worst:G3}: the identity does not hold"));
                }
            }

            return string.Create(CultureInfo.InvariantCulture, $"identity: identity_from equals '{output}' on {solution.Cases.Count} cases");
        }
        catch (SpecException error)
        {
            failures.Add("identity_from: " + error.Render());
            return null;
        }
    }
}
