namespace Grader.Cli.Tests.Commands.ClassMode;

/// <summary>Rerunning <c>grade --out</c>: what is unchanged is skipped, what changed is regraded, --force regrades all.</summary>
[TestFixture]
internal sealed class ResumeTests
{
    [Test]
    public async Task Grade_RerunAfterOneSubmissionChanged_RegradesOnlyThatOne()
    {
        // Given a graded class of four, then one student's correct solution replaced by a mistaken one
        using var generated = GeneratedClass.Create(4, ["python-correct"]);
        var output = generated.Out("out");
        var first = await CliRun.Run(generated.Root, GradeClassTests.Grade(generated.Submissions, output));
        Assert.That(first.ExitCode, Is.Zero, first.Error);
        var untouched = File.ReadAllText(Path.Combine(output, "students", "student-001", "report.json"));
        generated.Add("student-003", "toy-scaled");

        // When the same command runs again
        var second = await CliRun.Run(generated.Root, GradeClassTests.Grade(generated.Submissions, output));

        // Then only the changed submission is graded, and the gradebook shows its new score
        Assert.That(second.ExitCode, Is.Zero, second.Error);
        Assert.That(second.Output, Does.Contain("graded 1, unchanged 3 of 4"));
        Assert.That(second.Output, Does.Contain("student-001: 35 / 35 (unchanged)"));
        Assert.That(File.ReadAllText(Path.Combine(output, "students", "student-001", "report.json")), Is.EqualTo(untouched));
        Assert.That(File.ReadAllLines(Path.Combine(output, "gradebook.csv")), Does.Contain("student-003,0,0,0"));
    }

    [Test]
    public async Task Grade_Force_RegradesEverySubmission()
    {
        // Given a graded class of two
        using var generated = GeneratedClass.Create(2, ["python-correct"]);
        var output = generated.Out("out");
        var first = await CliRun.Run(generated.Root, GradeClassTests.Grade(generated.Submissions, output));
        Assert.That(first.ExitCode, Is.Zero, first.Error);

        // When it is graded again with --force
        var forced = await CliRun.Run(generated.Root, GradeClassTests.Grade(generated.Submissions, output, "--force", "--jobs", "1"));

        // Then both are graded again
        Assert.That(forced.ExitCode, Is.Zero, forced.Error);
        Assert.That(forced.Output, Does.Contain("graded 2, unchanged 0 of 2"));
        Assert.That(forced.Output, Does.Contain("[1/2] student-001: 35 / 35\n"));
    }

    [Test]
    public async Task Grade_OtherProblemSet_RegradesEverySubmission()
    {
        // Given a class graded on two problems
        using var generated = GeneratedClass.Create(2, ["python-correct"]);
        var output = generated.Out("out");
        await CliRun.Run(generated.Root, GradeClassTests.Grade(generated.Submissions, output));

        // When it is graded into the same folder on one problem only
        var run = await CliRun.Run(generated.Root, "grade", generated.Submissions, "--out", output, "--problems", Path.Combine(CliRun.Repository, "problems"), "--problem", "softmax-ce");

        // Then nothing is taken from the old records, and the gradebook has the one problem
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain("graded 2, unchanged 0 of 2"));
        Assert.That(File.ReadAllLines(Path.Combine(output, "gradebook.csv"))[0], Is.EqualTo("submission,softmax-ce,total"));
    }
}
