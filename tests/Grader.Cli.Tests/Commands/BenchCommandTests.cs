namespace Grader.Cli.Tests.Commands;

/// <summary>The benchmark's report has every figure the issue asks for. Its numbers are not checked: they depend on the machine.</summary>
[TestFixture]
[NonParallelizable]
internal sealed class BenchCommandTests
{
    [Test]
    public async Task Bench_TinyClass_ReportsEveryFigure()
    {
        // Given a scratch folder for the generated class
        var keep = Directory.CreateTempSubdirectory("grader-bench-test-").FullName;
        try
        {
            // When
            var run = await CliRun.InRepository("bench", "--students", "4", "--jobs", "2", "--keep", keep);

            // Then
            Assert.That(run.ExitCode, Is.Zero, run.Error);
            var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Some.Match(@"^environment: \d+ cores, load average [\d.]+ before, [\d.]+ after; 4 students, 2 jobs$"));
            Assert.That(lines, Has.Some.Match(@"^throughput: [\d.]+ submissions/s \([\d.]+ s for 4\)$"));
            Assert.That(lines, Has.Some.Match(@"^per submission: p50 \d+ ms, p95 \d+ ms"));
            Assert.That(lines, Has.Some.Match(@"^floor: \d+ ms \(median of python3 -c ""import numpy"""));
            Assert.That(lines, Has.Some.Match(@"^cost / floor: p50 [\d.]+; throughput cost \(elapsed x jobs / students = \d+ ms\) [\d.]+$"));
            Assert.That(lines, Has.Some.Match(@"^CPU per submission: grader \d+ ms .*, sandboxes \d+ ms"));
            Assert.That(lines, Has.Some.Match(@"^memory: peak [\d.]+ MiB \(VmHWM\); resident [\d.]+ MiB after 0, [\d.]+ MiB after 1, [\d.]+ MiB after 4$"));
            Assert.That(lines, Has.Some.Match(@"^managed heap: .*; growth -?[\d.]+ MiB per 1000 submissions$"));
            Assert.That(lines, Has.Some.EqualTo("check: 2 of 2 correct submissions got full marks, 2 of 2 mistaken ones lost points"));
            Assert.That(Directory.GetDirectories(keep), Has.Length.EqualTo(4));
        }
        finally
        {
            Directory.Delete(keep, recursive: true);
        }
    }

    [Test]
    public async Task Bench_NoStudents_IsRefused()
    {
        var run = await CliRun.InRepository("bench", "--students", "0");

        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.Contain("--students 0"));
    }
}
