using Grader.Cli.Bench;

namespace Grader.Cli.Tests.Bench;

internal sealed class ScalingReportTests
{
    [Test]
    [SetCulture("de-DE")]
    public void Lines_TwoJobsFastest_ShowsEachRowAndTheBest()
    {
        // Given 30 students graded in 3.0 s with one job, 2.5 s with two
        var report = new ScalingReport([Run(1, seconds: 3.0, sandboxCpu: 132), Run(2, seconds: 2.5, sandboxCpu: 197)]);

        // When
        var lines = report.Lines().ToList();

        // Then
        Assert.That(lines[0], Is.EqualTo("environment: 2 cores, load average 0.50 before, 0.75 after; 30 students, --jobs 1 to 2"));
        Assert.That(lines[2], Is.EqualTo("jobs submissions/s  p50 ms  p95 ms sandbox CPU ms grader CPU ms page faults floor ms"));
        Assert.That(lines[3], Is.EqualTo("   1          10.0      80     120            132            14        2900      130"));
        Assert.That(lines[4], Is.EqualTo("   2          12.0      80     120            197            14        2900      130"));
        Assert.That(lines[5], Is.EqualTo("best --jobs here: 2 (12.0 submissions/s, 1.20x --jobs 1)"));
        Assert.That(lines[6], Is.EqualTo("check: every run gave 10 of 10 correct submissions full marks and found 20 of 20 mistaken ones"));
    }

    [Test]
    public void Lines_MoreJobsBarelyFaster_NamesTheSmallerJobsToo()
    {
        // Given throughput that is flat from one to three jobs (within 5%), and a run that missed a mistake
        var report = new ScalingReport([Run(1, 3.0, 132), Run(2, 2.9, 190), Run(3, 2.95, 200, mistakesFound: 19)]);

        // When
        var lines = report.Lines().ToList();

        // Then
        Assert.That(lines, Does.Contain("best --jobs here: 2 (10.3 submissions/s, 1.03x --jobs 1); --jobs 1 is within 5% of it (10.0/s)"));
        Assert.That(lines[^1], Is.EqualTo("check: --jobs 3: 10 of 10 correct submissions got full marks, 19 of 20 mistaken ones lost points"));
    }

    [Test]
    public void Lines_FaultsNotSampled_ShowsNotAvailable()
    {
        // Given runs with --no-faults
        var report = new ScalingReport([Run(1, 3.0, 132) with { Faults = null }]);

        // Then the page-fault column says so, and the single run's report line too
        Assert.That(report.Lines().ElementAt(3), Is.EqualTo("   1          10.0      80     120            132            14         n/a      130"));
        Assert.That(report.Runs[0].Lines(), Does.Contain("page faults per submission: not sampled (--no-faults)"));
    }

    [Test]
    public void Lines_OneJobFastest_HasNoGain()
    {
        var report = new ScalingReport([Run(1, 2.5, 132), Run(2, 3.0, 197)]);

        Assert.That(report.Lines(), Does.Contain("best --jobs here: 1 (12.0 submissions/s)"));
    }

    private static BenchReport Run(int jobs, double seconds, double sandboxCpu, int mistakesFound = 20) =>
        new(
            Cores: 2,
            LoadBefore: 0.5,
            LoadAfter: 0.75,
            Students: 30,
            Jobs: jobs,
            PlanTime: TimeSpan.FromSeconds(1),
            Elapsed: TimeSpan.FromSeconds(seconds),
            SubmissionMilliseconds: [.. Enumerable.Repeat(80.0, 28), 120, 120],
            Floor: TimeSpan.FromMilliseconds(130),
            GraderCpuPerSubmission: TimeSpan.FromMilliseconds(14),
            SandboxCpuPerSubmission: TimeSpan.FromMilliseconds(sandboxCpu),
            Memory: [new MemorySample(0, 1, 1, 1), new MemorySample(30, 1, 1, 1)],
            CorrectFullMarks: 10,
            MistakesFound: mistakesFound,
            Faults: FaultSummary.Of([new SubmissionFaults(380, 1_100, 1_420)], 30, TimeSpan.Zero));
}
