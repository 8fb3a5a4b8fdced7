using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Cli.Commands;

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
            AssertFaults(lines.Single(l => l.StartsWith("page faults per submission:", StringComparison.Ordinal)));
            Assert.That(lines, Has.Some.Match(@"^page faults sampled: 4 of 4 submissions, [1-4] with the server's"));
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

    [Test]
    public async Task BenchSingle_TwoRuns_ReportsLatencyNextToTheFloor()
    {
        // When the example is graded by fresh grader processes (this build: the Grader.Cli.dll beside the tests)
        var run = await CliRun.InRepository("bench", "--single", "--runs", "2");

        // Then
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Some.EqualTo(
            "single submission: submissions/examples/python-correct; 2 fresh grade processes of each build, in rounds that each start with the floor (1 warm-up round, not counted)"));
        var build = Regex.Match(run.Output, @"^this build: p50 (\d+) ms, p95 (\d+) ms, min (\d+) ms \(wall time of .*Grader\.Cli\.dll grade, start to exit\)$", RegexOptions.Multiline);
        Assert.That(build.Success, Is.True, run.Output);
        var (p50, p95, min) = (Number(build, 1), Number(build, 2), Number(build, 3));
        Assert.That(min, Is.Positive.And.LessThanOrEqualTo(p50));
        Assert.That(p95, Is.GreaterThanOrEqualTo(p50));
        var floor = Regex.Match(run.Output, @"^floor: (\d+) ms \(median of 2 python3", RegexOptions.Multiline);
        Assert.That(Number(floor, 1), Is.Positive.And.LessThan(p50), "a grade starts python and numpy too");
        Assert.That(lines, Has.Some.Match(@"^p50 / floor: this build [\d.]+$"));
        Assert.That(lines[^1], Does.Match(@"^goal: p50 <= 3x floor: (met|not met) \(this build [\d.]+x\)$"));
    }

    [TestCase(new[] { "--single", "--runs", "0" }, "--runs 0: give at least 1")]
    [TestCase(new[] { "--runs", "3" }, "--runs is for bench --single")]
    [TestCase(new[] { "--compare", "../main/.grader/bin" }, "--compare is for bench --single")]
    [TestCase(new[] { "submissions/examples/python-correct" }, "a submission (submissions/examples/python-correct) is for bench --single")]
    [TestCase(new[] { "--single", "--students", "4" }, "--students is for the class benchmark")]
    [TestCase(new[] { "--single", "--scaling" }, "--scaling is for the class benchmark")]
    [TestCase(new[] { "--single", "--no-faults" }, "--no-faults is for the class benchmark")]
    [TestCase(new[] { "--single", "--compare", "nowhere/Grader.Cli.dll" }, "--compare nowhere/Grader.Cli.dll: no grader-native, and no Grader.Cli.dll with its Grader.Cli.runtimeconfig.json, there")]
    [TestCase(new[] { "--single", "submissions/examples/nowhere" }, "bench --single: no submission at ")]
    public async Task Bench_OptionsOfTheOtherMode_AreRefused(string[] options, string message)
    {
        var run = await CliRun.InRepository(["bench", .. options]);

        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.Contain(message));
    }

    [Test]
    public void Choose_Options_BindToTheirMode()
    {
        Assert.That(new BenchCommand.Settings().Choose(), Is.EqualTo(BenchCommand.Mode.Class));
        Assert.That(new BenchCommand.Settings { Students = 20, Jobs = 3, Scaling = true, NoFaults = true }.Choose(), Is.EqualTo(BenchCommand.Mode.Scaling));
        Assert.That(new BenchCommand.Settings { Single = true, Runs = 3, Compare = "b.dll", Submission = "s" }.Choose(), Is.EqualTo(BenchCommand.Mode.Single));
    }

    [Test]
    public async Task BenchHelp_ListsTheModes()
    {
        var run = await CliRun.InRepository("bench", "--help");

        Assert.That(run.ExitCode, Is.Zero);
        Assert.That(run.Output, Does.Contain("--single").And.Contain("--runs").And.Contain("--compare").And.Contain("--scaling").And.Contain("[submission]"));
    }

    /// <summary>Every role takes page faults in every submission (a fork copies on write), and the total is their sum's median.</summary>
    private static void AssertFaults(string line)
    {
        var match = Regex.Match(line, @"^page faults per submission: server (\d+), zygote (\d+), child (\d+), total (\d+) \(median over the class\)$");
        Assert.That(match.Success, Is.True, line);
        var (server, zygote, child, total) = (Number(match, 1), Number(match, 2), Number(match, 3), Number(match, 4));
        Assert.That(new[] { server, zygote, child }, Is.All.Positive, line);
        Assert.That(total, Is.GreaterThan(Math.Max(server, Math.Max(zygote, child))), line);
    }

    private static long Number(Match match, int group) => long.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
}
