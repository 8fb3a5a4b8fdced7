using Grader.Grading;
using Grader.Running;

namespace Grader.Cli.Bench;

/// <summary>The same class benchmarked at --jobs 1, 2, … in turn, each with sandboxes of its own (<see cref="ScalingReport"/>).</summary>
internal static class ClassScaling
{
    /// <summary>Submissions graded, and dropped, before the first --jobs value.</summary>
    public const int WarmUp = 20;

    public static async Task<ScalingReport> RunAsync(GradingPlan plan, SyntheticClass synthetic, int maxJobs, bool sampleFaults, TimeSpan planTime, CancellationToken ct)
    {
        // The JIT compiles the grader's hot code again, optimized, after its first few dozen calls: done
        // here, it is not charged to --jobs 1.
        var sandbox = new SandboxOptions();
        using (var runner = new SubmissionRunner(sandbox))
        {
            var grader = new SubmissionGrader(plan, runner, new GradingOptions(sandbox));
            var options = new ParallelOptions { MaxDegreeOfParallelism = maxJobs, CancellationToken = ct };
            await Parallel.ForEachAsync(synthetic.Submissions.Take(WarmUp), options, async (path, token) => await grader.GradeAsync(path, token).ConfigureAwait(false))
                .ConfigureAwait(false);
        }

        var runs = new List<BenchReport>(maxJobs);
        for (var jobs = 1; jobs <= maxJobs; jobs++)
        {
            runs.Add(await ClassBenchmark.RunAsync(plan, synthetic, jobs, sampleFaults, planTime, ct).ConfigureAwait(false));
        }

        return new ScalingReport(runs);
    }
}
