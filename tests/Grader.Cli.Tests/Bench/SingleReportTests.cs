using Grader.Cli.Bench;

namespace Grader.Cli.Tests.Bench;

internal sealed class SingleReportTests
{
    private static readonly double[] Floors = [100, 110, 120];

    [Test]
    [SetCulture("de-DE")]
    public void Lines_OneBuildWithinTheGoal_SaysMet()
    {
        // Given a p50 of 320 ms against a floor of 110 ms (2.91 floors)
        var report = new SingleReport(2, 0.5, 1.25, "submissions/examples/python-correct", 3, Floors, [new("this build", "dotnet a/Grader.Cli.dll", [400, 300, 320])]);

        // When
        var lines = report.Lines().ToList();

        // Then
        Assert.That(lines, Is.EqualTo(new[]
        {
            "environment: 2 cores, load average 0.50 before, 1.25 after",
            "single submission: submissions/examples/python-correct; 3 fresh grade processes of each build, in rounds that each start with the floor (1 warm-up round, not counted)",
            "this build: p50 320 ms, p95 400 ms, min 300 ms (wall time of dotnet a/Grader.Cli.dll grade, start to exit)",
            "floor: 110 ms (median of 3 python3 -c \"import numpy\", one per round)",
            "p50 / floor: this build 2.91",
            "goal: p50 <= 3x floor: met (this build 2.91x)",
        }));
    }

    [Test]
    public void Lines_Compared_GivesBothBuildsAndTheirRatio()
    {
        // Given this build at p50 420 ms and the compared one at 320 ms
        var report = new SingleReport(
            2, 0.5, 0.5, "s", 3, Floors, [new("this build", "dotnet a.dll", [420, 400, 500]), new("compared", "dotnet b.dll", [300, 320, 330])]);

        // When
        var lines = report.Lines().ToList();

        // Then
        Assert.That(lines, Does.Contain("single submission: s; 3 fresh grade processes of each build, in rounds that each start with the floor; the builds take turns going first (1 warm-up round, not counted)"));
        Assert.That(lines, Does.Contain("compared: p50 320 ms, p95 330 ms, min 300 ms (wall time of dotnet b.dll grade, start to exit)"));
        Assert.That(lines, Does.Contain("p50 / floor: this build 3.82, compared 2.91"));
        Assert.That(lines, Does.Contain("this build / compared: p50 1.31, min 1.33"));
        Assert.That(lines[^1], Is.EqualTo("goal: p50 <= 3x floor: not met (this build 3.82x)"));
    }
}
