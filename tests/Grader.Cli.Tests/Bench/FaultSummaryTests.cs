using Grader.Cli.Bench;

namespace Grader.Cli.Tests.Bench;

internal sealed class FaultSummaryTests
{
    [Test]
    [SetCulture("de-DE")]
    public void Lines_Samples_GiveTheMedianOfEachRoleAndOfTheTotals()
    {
        // Given three submissions, one a server's first (no server count)
        SubmissionFaults[] samples = [new(380, 1_100, 1_380), new(null, 1_150, 1_500), new(420, 1_050, 1_300)];

        // When
        var lines = FaultSummary.Of(samples, submissions: 4, TimeSpan.FromMilliseconds(2)).Lines().ToList();

        // Then
        Assert.That(lines, Is.EqualTo(new[]
        {
            "page faults per submission: server 380, zygote 1100, child 1380, total 2770 (median over the class)",
            "page faults sampled: 3 of 4 submissions, 2 with the server's (a server's first has no baseline); reading /proc took 0.50 ms of CPU per submission (in the grader's figures)",
        }));
    }

    [Test]
    public void Lines_NoServerBaseline_SaysNotAvailable()
    {
        var lines = FaultSummary.Of([new(null, 1_100, 1_380)], 1, TimeSpan.Zero).Lines().ToList();

        Assert.That(lines[0], Is.EqualTo("page faults per submission: server n/a, zygote 1100, child 1380, total n/a (median over the class)"));
    }

    [Test]
    public void Lines_NothingSampled_SaysSo()
    {
        var lines = FaultSummary.Of([], 5, TimeSpan.Zero).Lines().ToList();

        Assert.That(lines, Is.EqualTo(new[] { "page faults per submission: not sampled (no sandboxed Python session was left at release)" }));
    }
}
