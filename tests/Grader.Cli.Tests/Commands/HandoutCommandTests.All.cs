using Grader.Cli.Tests.Handouts;

namespace Grader.Cli.Tests.Commands;

public sealed partial class HandoutCommandTests
{
    [TestCase("md")]
    [TestCase("html")]
    [TestCase("json")]
    public async Task Handout_All_WritesOneDistinctFilePerStudent(string format)
    {
        // Given: ids that are one file name once made safe
        using var course = CourseFixture.Create(
            CourseFixture.Student("a/b", "Ann"), CourseFixture.Student("a:b", "Ben"), CourseFixture.Student("a_b", "Cem"), CourseFixture.Student("..", "Dan"));

        // When
        var run = await course.Handout("--all", "--out", "handouts", "--format", format, "--problem", "bce");

        // Then
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Contain($"wrote 4 {format} handout(s) to handouts"));
        var files = Directory.GetFiles(Path.Combine(course.Folder, "handouts"));
        Assert.That(files, Has.Length.EqualTo(4));
        Assert.That(files.Select(Path.GetFileName), Has.All.EndsWith("." + format).And.None.StartsWith("."));
        Assert.That(files.Select(f => File.ReadAllText(f)).Count(t => t.Contains("Cem", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(File.ReadAllText(Path.Combine(course.Folder, "handouts", "a_b." + format)), Does.Contain("Cem"));
    }

    [Test]
    public async Task Handout_AllTwice_RewritesTheSameFiles()
    {
        // Given
        using var course = CourseFixture.Plain();
        await course.Handout("--all", "--out", "out", "--problem", "lr-range");
        var first = Directory.GetFiles(Path.Combine(course.Folder, "out")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

        // When
        var run = await course.Handout("--all", "--out", "out", "--problem", "lr-range");

        // Then
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(Directory.GetFiles(Path.Combine(course.Folder, "out")).Order(StringComparer.Ordinal).Select(File.ReadAllText), Is.EqualTo(first));
    }

    [Test]
    public async Task Handout_VariantNone_ShowsThePublicNumbersToEveryone()
    {
        // Given: toy-network with variant: none, in a problems folder beside the course file
        using var course = CourseFixture.Plain();
        var problems = Directory.CreateDirectory(Path.Combine(course.Folder, "problems")).FullName;
        File.WriteAllText(
            Path.Combine(problems, "toy-network.yaml"),
            File.ReadAllText(Path.Combine(CourseFixture.Problems, "toy-network.yaml")) + "\nvariant: none\n");

        // When: the course file is found beside the problems folder
        var alice = await CliRun.Run(course.Folder, "handout", "--student", "12345");
        var bob = await CliRun.Run(course.Folder, "handout", "--student", "67890");

        // Then
        Assert.That(alice.ExitCode, Is.Zero, alice.Error);
        Assert.That(alice.Output, Does.Contain("Your inputs (the same for every student):"));
        Assert.That(alice.Output, Does.Contain("X = np.array([[0.6, -1.0], [0.8, -1.0], [-0.4, 0.9], [0.2, 0.0]])"));
        Assert.That(alice.Output, Does.Contain(@"$$ X = \begin{bmatrix} 0.6 & -1 \\ 0.8 & -1 \\ -0.4 & 0.9 \\ 0.2 & 0 \end{bmatrix} $$"));
        Assert.That(Numbers(bob.Output), Is.EqualTo(Numbers(alice.Output)));
        Assert.That(alice.Output, Does.Not.Contain("-2.732"), "the public case's expected b2 is not handed out");
    }
}
