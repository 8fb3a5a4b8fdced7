using System.Globalization;
using Grader.Reference;
using Grader.Values;

namespace Grader.Verification;

/// <summary>
/// Checks a problem's reference three ways: gradients against central finite differences on every
/// case, written cases against their approved values, and every case against the frozen snapshot.
/// Problems with a learning-rate interval are also checked by simulating gradient descent.
/// </summary>
public static class ProblemVerifier
{
    /// <summary>The largest relative error allowed between reference gradients and finite differences.</summary>
    public const double FiniteDifferenceThreshold = 1e-7;

    /// <summary>How closely written cases must reproduce their approved values.</summary>
    public const double ApprovedTolerance = 1e-9;

    /// <param name="checkWritten">False for drawn cases only (students' variants): no approved values, no snapshot.</param>
    public static VerificationResult Verify(ProblemSolution solution, bool checkSnapshot = true, bool checkWritten = true)
    {
        var failures = new List<string>();
        var checks = new List<string>();
        var problem = solution.Problem;
        var worst = 0.0;
        var gradientOutputs = 0;
        foreach (var solved in solution.Cases)
        {
            var check = GradientCheck.Run(problem.Program, solved.Case.Inputs, problem.Spec.Subgradients);
            foreach (var output in check.Outputs)
            {
                gradientOutputs++;
                worst = Math.Max(worst, output.MaxRelativeError);
                if (!(output.MaxRelativeError < FiniteDifferenceThreshold))
                {
                    failures.Add(Invariant($"case {solved.Case.Name}: {output.Name} differs from central finite differences by a relative {output.MaxRelativeError:G3} (allowed {FiniteDifferenceThreshold:G1})"));
                }

                if (output.KinkViolations > 0)
                {
                    failures.Add(Invariant($"case {solved.Case.Name}: {output.Name} has {output.KinkViolations} entries at a kink whose finite-difference slope lies outside the accepted subgradient interval"));
                }
            }
        }

        if (gradientOutputs > 0)
        {
            checks.Add(Invariant($"finite differences: {gradientOutputs} gradient outputs over {solution.Cases.Count} cases, worst relative error {worst:G3}"));
        }

        if (checkWritten)
        {
            CheckApproved(solution, failures, checks);
        }

        if (IdentityCheck.Run(solution, failures) is { } identity)
        {
            checks.Add(identity);
        }

        CheckMistakes(solution, failures);
        if (problem.Objective is not null)
        {
            var descent = DescentSimulation.Check(solution);
            failures.AddRange(descent.Failures);
            checks.Add(descent.Summary);
        }

        SnapshotOutcome? snapshot = null;
        if (checkSnapshot && checkWritten)
        {
            snapshot = ReferenceSnapshot.Check(solution, problem.Spec.File.FullPath);
            switch (snapshot.State)
            {
                case SnapshotState.Missing:
                    failures.Add($"no verified snapshot yet: wrote {snapshot.ReceivedPath}; check it, then run ./grader approve {solution.Id}");
                    break;
                case SnapshotState.Changed:
                    failures.Add($"the reference differs from {snapshot.VerifiedPath} (received: {snapshot.ReceivedPath}); if the change is intended run ./grader approve {solution.Id}\n{snapshot.Diff}");
                    break;
                default:
                    checks.Add($"snapshot: {solution.Cases.Count} cases equal to {Path.GetFileName(snapshot.VerifiedPath)}");
                    break;
            }
        }

        return new VerificationResult(solution.Id, problem.Spec.File.Path, failures, checks, snapshot);
    }

    private static void CheckApproved(ProblemSolution solution, List<string> failures, List<string> checks)
    {
        var compared = 0;
        foreach (var written in solution.Problem.Spec.Cases)
        {
            var solved = solution.Cases.First(c => c.Case.Name == written.Name);
            foreach (var (name, expected) in solved.Expected)
            {
                if (!written.Approved.TryGetValue(name, out var approved))
                {
                    failures.Add($"case {written.Name}: no approved value for output '{name}'; the reference gives {ValueText.Format(expected)} (add it under approved after checking it by hand)");
                    continue;
                }

                compared++;
                var where = written.ApprovedLocations[name];
                if (ApprovedDifference(expected, approved) is { } difference)
                {
                    failures.Add($"{where}: case {written.Name}: output '{name}' {difference}");
                }
            }
        }

        if (compared > 0)
        {
            checks.Add(Invariant($"approved values: {compared} outputs reproduced to {ApprovedTolerance:G1}"));
        }
    }

    /// <summary>Null when equal within <see cref="ApprovedTolerance"/>; otherwise what differs.</summary>
    internal static string? ApprovedDifference(Value expected, Value approved)
    {
        var reference = ValueMath.Entries(expected).ToArray();
        var given = ValueMath.Entries(approved).ToArray();
        if (reference.Length != given.Length)
        {
            return $"has {reference.Length} entries in the reference ({expected.Describe()}) but {given.Length} approved ({approved.Describe()})";
        }

        for (var i = 0; i < reference.Length; i++)
        {
            var tolerance = ApprovedTolerance * Math.Max(1, Math.Abs(reference[i]));
            if (!(Math.Abs(reference[i] - given[i]) <= tolerance) && !reference[i].Equals(given[i]))
            {
                return Invariant($"entry {i} is {reference[i]:R} in the reference but {given[i]:R} approved");
            }
        }

        return null;
    }

    private static void CheckMistakes(ProblemSolution solution, List<string> failures)
    {
        for (var k = 0; k < solution.Problem.Mistakes.Count; k++)
        {
            var mistake = solution.Problem.Mistakes[k];
            var differs = solution.Cases.Any(c => c.Mistakes[k] is { } outputs
                && outputs.Any(o => c.Expected.TryGetValue(o.Key, out var e) && ApprovedDifference(e, o.Value) is not null));
            if (!differs)
            {
                var where = mistake.Site is { } site ? $" made {SiteWording.Where(site, layers: false)}" : string.Empty;
                failures.Add($"{mistake.Spec.Location}: mistake '{mistake.Spec.Id}'{where} gives the same outputs as the reference on every case, so it could never be diagnosed");
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
