using System.Globalization;
using Grader.Reference;
using Grader.Specs;

namespace Grader.Verification;

/// <summary>
/// <c>./grader verify --variants N</c>: students' own public cases checked like the written ones.
/// Each variant is drawn and solved, its gradients compared with central finite differences, an
/// identity problem's two sides and a learning-rate interval's simulation checked on it, and every
/// mistake told apart from the reference (a mistake equal to the reference on a variant cannot be
/// diagnosed there, nor a copied wrong answer told from a right one).
/// </summary>
public static class VariantCheck
{
    /// <param name="seeds">The variants' seeds, with a name for messages (a roster student's id, or "sample k").</param>
    public static VerificationResult Run(CompiledProblem problem, IReadOnlyList<(string Name, int Seed)> seeds)
    {
        var failures = new List<string>();
        var spec = problem.Spec;
        if (!spec.Variant.Enabled)
        {
            return new VerificationResult(problem.Id, spec.File.Path, [], ["variants: none (variant: none), every student gets the public case"], null);
        }

        var solved = new List<SolvedCase>();
        foreach (var (name, seed) in seeds)
        {
            try
            {
                var variant = ProblemSolver.SolveVariant(problem, seed);
                solved.Add(variant with { Case = variant.Case with { Name = $"variant of {name}" } });
            }
            catch (SpecException e)
            {
                failures.Add($"variant of {name} (seed {seed}): {e.Problem}");
            }
        }

        var solution = new ProblemSolution(problem, solved);
        var result = ProblemVerifier.Verify(solution, checkSnapshot: false, checkWritten: false);
        failures.AddRange(result.Failures);
        var sameAsReference = problem.Mistakes.Select((m, k) => (m.Spec.Id, m.Site, Count: solved.Count(c => SameAsReference(c, k)))).Where(m => m.Site is null && m.Count > 0).ToList();
        var checks = result.Checks.Select(c => "variants: " + c).ToList();
        checks.Insert(0, string.Create(CultureInfo.InvariantCulture, $"variants: {solved.Count} drawn and solved"));
        checks.AddRange(sameAsReference.Select(m => string.Create(CultureInfo.InvariantCulture, $"variants: mistake '{m.Id}' equals the reference on {m.Count} of {solved.Count} variants (not diagnosable there)")));
        return new VerificationResult(problem.Id, spec.File.Path, failures, checks, null);
    }

    private static bool SameAsReference(SolvedCase solved, int mistake) =>
        solved.Mistakes[mistake] is { } outputs
        && outputs.All(o => solved.Expected.TryGetValue(o.Key, out var expected) && ProblemVerifier.ApprovedDifference(expected, o.Value) is null);
}
