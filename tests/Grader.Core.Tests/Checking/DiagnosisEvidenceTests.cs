using Grader.Checking;
using Grader.Grading;
using Grader.Reference;
using Grader.Running;
using Grader.Values;
using static Grader.Core.Tests.Checking.Fixtures;

namespace Grader.Core.Tests.Checking;

/// <summary>
/// The cross test of issue 15: on every catalogue problem, each spec mistake's outputs and each classic
/// slip of the reference are graded as submissions. No diagnosis may fire without its evidence in the
/// outputs, and every slip is named by its own diagnosis, or by a spec mistake whose outputs are the same.
/// </summary>
public sealed class DiagnosisEvidenceTests
{
    private static readonly Lazy<IReadOnlyList<ProblemPlan>> Plans = new(() =>
        GradingPlan.Create(ProblemCatalog.Load(TestPaths.Problems).Problems, RunLimits.Default).Problems);

    /// <summary>
    /// Slips that are a spec mistake too, so the mistake's message (the instructor's, naming the cause)
    /// rightly comes first; the evidence test checks the outputs are the mistake's. Any other spec
    /// mistake naming a generic slip fails the test.
    /// </summary>
    private static readonly HashSet<(string Problem, string Slip, string Output, string? Mistake)> Coincidences =
    [
        // Forgetting the mean over the batch is the factor N.
        ("bce", "times N", "da", "no-batch-average"),
        ("softmax-ce", "times N", "dZ", "no-batch-average"),
        ("two-layer-l2", "times N", "b1", "no-batch-average"),
        ("two-layer-l2", "times N", "b2", "no-batch-average"),

        // hi = 1/a: 2/a (curvature a) and 1/(2a) (the one-step rate) are the spec's two wrong upper ends.
        ("lr-range", "times 2", "hi", "lr-closed-or-halved"),
        ("lr-range", "halved", "hi", "lr-closed-or-halved"),
    ];

    // Training problems have no reference outputs to slip from: they are graded by held-out accuracy.
    public static IEnumerable<string> ProblemIds() => ProblemCatalog.Load(TestPaths.Problems).Problems.Where(p => p.Spec.Experiment is null).Select(p => p.Id).Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(ProblemIds))]
    public void Grade_SpecMistake_EveryDiagnosisHasItsEvidence(string problem)
    {
        // Given each of the problem's mistakes returned as a submission (the reference where a mistake cannot run)
        var reference = Reference(problem);
        var failures = new List<string>();
        foreach (var (k, mistake) in reference.Mistakes.Index())
        {
            var submission = Code(reference, c => c.Expected.ToDictionary(p => p.Key, p => c.Mistakes[k]?.GetValueOrDefault(p.Key) ?? p.Value));

            // When it is graded
            var score = ProblemGrader.Grade(reference, submission);

            // Then every diagnosis, the mistake's own included, is borne out by the outputs
            failures.AddRange(Unfounded(reference, score, $"mistake {mistake.Id}"));
        }

        Assert.That(failures, Is.Empty);
    }

    [TestCaseSource(nameof(ProblemIds))]
    public void Grade_GenericSlip_IsNamedByItsOwnDiagnosisWithItsEvidence(string problem)
    {
        var reference = Reference(problem);
        var failures = new List<string>();
        foreach (var slip in GenericSlip.All(reference.BatchDimension))
        {
            // Given the reference with the slip made on every output of every case
            var submission = Changing(reference, (c, o, v) => slip.Apply(reference, c, o, v));

            // When it is graded
            var score = ProblemGrader.Grade(reference, submission);

            // Then no diagnosis lacks its evidence, and every failing output is named by the slip's diagnosis
            // (or by a spec mistake that gives the same outputs: the instructor's words come first)
            failures.AddRange(Unfounded(reference, score, slip.Name));
            failures.AddRange(Unnamed(reference, score, slip));
        }

        Assert.That(failures, Is.Empty);
    }

    private static IEnumerable<string> Unfounded(ProblemReference reference, ProblemScore score, string what) =>
        from @case in score.Cases
        from output in @case.Outputs
        where output.Diagnosis is not null
        let lacking = DiagnosisEvidence.Lacking(reference, score, reference.Cases.Single(c => c.Name == @case.Name), output)
        where lacking is not null
        select $"{what}: {output.Name} on {@case.Name} diagnosed {output.Diagnosis!.Id} ({output.Diagnosis.Message}) but {lacking}";

    private static IEnumerable<string> Unnamed(ProblemReference reference, ProblemScore score, GenericSlip slip)
    {
        foreach (var output in reference.OutputNames)
        {
            var failing = score.Cases.Select(c => (Case: c, Output: c.Outputs.Single(o => o.Name == output))).Where(c => !c.Output.Passed).ToList();
            if (failing.Count == 0 || !Expected(slip, score, output))
            {
                continue;
            }

            var ids = failing.Select(f => f.Output.Diagnosis?.Id).Distinct().ToList();
            if (!ids.All(id => id == slip.DiagnosisId || Coincidences.Contains((reference.ProblemId, slip.Name, output, id))))
            {
                var first = failing.First(f => f.Output.Diagnosis?.Id != slip.DiagnosisId);
                yield return $"{slip.Name}: {output} on {first.Case.Name} diagnosed {first.Output.Diagnosis?.Id ?? "nothing"}"
                    + $" ({first.Output.Diagnosis?.Message}), expected {slip.DiagnosisId}; got {ValueText.Format(first.Output.Got!)} for {ValueText.Format(first.Output.Expected!)}";
            }
        }
    }

    /// <summary>
    /// Whether the slip's diagnosis has its evidence at all. Returning the public case's outputs is
    /// evidence of hard-coding only when they are wrong on every hidden case; a slip that leaves some
    /// values right where others fail (a factor N on a case where N = 1) keeps its diagnosis.
    /// </summary>
    private static bool Expected(GenericSlip slip, ProblemScore score, string output) =>
        slip.DiagnosisId != DiagnosisIds.HardcodedPublic
        || score.Cases.Where(c => c.Hidden).All(c => !c.Outputs.Single(o => o.Name == output).Passed);

    private static ProblemReference Reference(string problem) => Plans.Value.Single(p => p.Id == problem).Reference;
}
