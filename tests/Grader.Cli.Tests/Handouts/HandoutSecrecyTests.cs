using System.Globalization;
using Grader.Reference;
using Grader.Values;

namespace Grader.Cli.Tests.Handouts;

/// <summary>What a handout must never hold: the course's salt, an expected output, a hidden case.</summary>
public sealed class HandoutSecrecyTests
{
    [TestCase("md")]
    [TestCase("html")]
    [TestCase("json")]
    public async Task Handout_AnyFormat_HasNoSaltAndNoExpectedOutput(string format)
    {
        // Given a course (a fresh salt) and a student of it whose own toy-network answers have digits to look
        // for (a variant whose ReLUs are all dead has only zero gradients, and the salt is new every run)
        using var course = CourseFixture.Plain();
        var toy = CourseFixture.Catalog.Find("toy-network")!;
        var (student, answers) = course.Students
            .Select(s => (s.Id, ExpectedDigits(ProblemSolver.SolveVariant(toy, course.Course.VariantSeed(s.Id, "toy-network")).Expected).ToList()))
            .FirstOrDefault(s => s.Item2.Count > 0);
        Assert.That(answers, Is.Not.Null.And.Not.Empty, "no student of the course has answers with digits to look for");

        // When
        var run = await course.Handout("--student", student, "--format", format);

        // Then
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        Assert.That(run.Output, Does.Not.Contain(course.SaltHex).And.Not.Contain("salt"));
        Assert.That(run.Output, Does.Not.Contain("expected").IgnoreCase.And.Not.Contain("approved"));
        Assert.That(run.Output, Does.Not.Contain("-2.732").And.Not.Contain("0.1536"), "the public case's answers");
        foreach (var digits in answers)
        {
            Assert.That(run.Output, Does.Not.Contain(digits), "the student's own expected outputs");
        }
    }

    [TestCase("md")]
    [TestCase("html")]
    [TestCase("json")]
    public async Task Handout_AnyFormat_HasNoHiddenCase(string format)
    {
        // Given
        using var course = CourseFixture.Plain();
        var hidden = ProblemSolver.Solve(CourseFixture.Catalog.Find("toy-network")!).Cases.Where(c => c.Hidden).ToList();

        // When
        var run = await course.Handout("--student", "12345", "--format", format, "--problem", "toy-network");

        // Then: no hidden case's first inputs (drawn unrounded: many digits) appear
        Assert.That(hidden, Is.Not.Empty);
        foreach (var solved in hidden)
        {
            var x = ((Tensor)solved.Case.Inputs["X"])[0];
            Assert.That(run.Output, Does.Not.Contain(HandoutDigits(x)));
        }
    }

    /// <summary>Each expected entry's leading digits, long enough not to occur by chance.</summary>
    private static IEnumerable<string> ExpectedDigits(IReadOnlyDictionary<string, Value> expected) =>
        expected.Values.OfType<Tensor>().SelectMany(t => t.ToArray()).Select(HandoutDigits).Where(d => d.Length == 7);

    private static string HandoutDigits(double x)
    {
        var text = Math.Abs(x).ToString("R", CultureInfo.InvariantCulture);
        return text.Length > 7 ? text[..7] : text;
    }
}
