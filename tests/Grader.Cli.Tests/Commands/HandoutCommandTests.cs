using Grader.Cli.Tests.Handouts;
using Grader.Courses;

namespace Grader.Cli.Tests.Commands;

public sealed partial class HandoutCommandTests
{
    [Test]
    public async Task Handout_TwoStudents_GetDifferentNumbersForToyNetwork()
    {
        // Given
        using var course = CourseFixture.Plain();

        // When
        var alice = await course.Handout("--student", "12345", "--problem", "toy-network");
        var bob = await course.Handout("--student", "67890", "--problem", "toy-network");

        // Then
        Assert.That(alice.ExitCode, Is.Zero, alice.Error);
        Assert.That(alice.Output, Does.Contain("# Homework of Alice Martin").And.Contain("Student id `12345`"));
        Assert.That(Numbers(alice.Output), Is.Not.EqualTo(Numbers(bob.Output)));
        Assert.That(alice.Output, Does.Contain("def toy_network_gradients(X, t, W1, b1, w2, b2):"), "the statement and signatures are there");
    }

    [Test]
    public async Task Handout_SameStudentTwice_IsTheSame()
    {
        // Given
        using var course = CourseFixture.Plain();

        // When
        var first = await course.Handout("--student", "c/3", "--format", "html");
        var second = await course.Handout("--student", "c/3", "--format", "html");

        // Then
        Assert.That(first.ExitCode, Is.Zero, first.Error);
        Assert.That(second.Output, Is.EqualTo(first.Output));
    }

    [Test]
    public async Task Handout_UnknownStudent_SaysSoLikeASpecError()
    {
        // Given
        using var course = CourseFixture.Plain();

        // When
        var run = await course.Handout("--student", "99999");

        // Then
        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.Contain(CourseError.UnknownStudent("x", "99999").Problem));
        Assert.That(run.Output, Is.Empty);
    }

    [Test]
    public async Task Handout_NoCourseFile_SaysToRunCourseInit()
    {
        // Given: problems without a course.yaml beside them
        var folder = Directory.CreateTempSubdirectory("grader-handout-none-").FullName;
        Directory.CreateDirectory(Path.Combine(folder, "problems"));
        File.Copy(Path.Combine(CourseFixture.Problems, "bce.yaml"), Path.Combine(folder, "problems", "bce.yaml"));

        // When
        var run = await CliRun.Run(folder, "handout", "--student", "12345");

        // Then
        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.Contain("no course file").And.Contain("./grader course init"));
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Handout_BrokenCourseFile_IsPrintedWithItsLine()
    {
        // Given
        using var course = CourseFixture.Plain();
        File.WriteAllText(course.CoursePath, "salt: abc\nstudents: []\n");

        // When
        var run = await course.Handout("--student", "12345");

        // Then
        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.Match(@"course\.yaml:1:\d+: error: the salt must be hexadecimal digits, at least 32 of them"));
    }

    [TestCase(new string[0], "give --student ID")]
    [TestCase(new[] { "--student", "12345", "--all", "--out", "x" }, "give --student ID")]
    [TestCase(new[] { "--all" }, "--all writes one file per student: add --out DIR")]
    public async Task Handout_WhomNotSaid_IsAUsageError(string[] args, string message)
    {
        // Given
        using var course = CourseFixture.Plain();

        // When
        var run = await course.Handout(args);

        // Then
        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.Contain(message));
    }

    [Test]
    public async Task Handout_UnknownProblem_SuggestsOne()
    {
        // Given
        using var course = CourseFixture.Plain();

        // When
        var run = await course.Handout("--student", "12345", "--problem", "toy-netwrk");

        // Then
        Assert.That(run.ExitCode, Is.EqualTo(GraderApp.BadInput));
        Assert.That(run.Error, Does.Contain("no problem 'toy-netwrk'").And.Contain("toy-network"));
    }

    /// <summary>The lines of the handout's Python block: the numbers as they are handed out.</summary>
    internal static string Numbers(string markdown) =>
        string.Join('\n', markdown.Split('\n').Where(l => l.Contains(" = np.array(", StringComparison.Ordinal) || l.StartsWith("b2 = ", StringComparison.Ordinal)));
}
