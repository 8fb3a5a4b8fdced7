using System.Text.Json;
using Grader.Reference;
using Grader.Specs;
using Grader.Values;

namespace Grader.Cli.Tests.Handouts;

public sealed class JsonHandoutTests
{
    [Test]
    public async Task Json_Inputs_AreTheStudentsVariant()
    {
        // Given
        using var course = CourseFixture.Plain();

        // When
        var run = await course.Handout("--student", "67890", "--format", "json");

        // Then: every problem's inputs are what grading draws for this student
        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var problems = json.RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.That(problems.Select(p => p.GetProperty("id").GetString()), Is.EqualTo(CourseFixture.Catalog.Problems.Select(p => p.Id)));
        foreach (var problem in problems)
        {
            var compiled = CourseFixture.Catalog.Find(problem.GetProperty("id").GetString()!)!;
            if (compiled.Spec.Experiment is not null)
            {
                continue; // a training problem has no public case to vary: its data is the split
            }

            var solved = ProblemSolver.SolveVariant(compiled, course.Course.VariantSeed("67890", compiled.Id));
            foreach (var input in compiled.Spec.Inputs)
            {
                var element = problem.GetProperty("inputs").GetProperty(input.Name);
                Value handedOut = input.Kind == InputKind.FloatList ? ValueJson.ReadList(element) : ValueJson.ReadTensor(element, input.Kind == InputKind.Int);
                Assert.That(ValueText.Format(handedOut), Is.EqualTo(ValueText.Format(solved.Case.Inputs[input.Name])), $"{compiled.Id}: {input.Name}");
            }
        }
    }

    [Test]
    public async Task Json_Student_HasIdNameLoginAndEachProblemItsMarkdown()
    {
        // Given
        using var course = CourseFixture.Plain();

        // When
        var run = await course.Handout("--student", "12345", "--format", "json", "--problem", "toy-network");

        // Then
        using var json = JsonDocument.Parse(run.Output);
        var student = json.RootElement.GetProperty("student");
        Assert.That(student.GetProperty("id").GetString(), Is.EqualTo("12345"));
        Assert.That(student.GetProperty("name").GetString(), Is.EqualTo("Alice Martin"));
        Assert.That(student.GetProperty("login").GetString(), Is.EqualTo("alice"));
        var toy = json.RootElement.GetProperty("problems")[0];
        Assert.That(toy.GetProperty("title").GetString(), Does.StartWith("Gradients of a 2-H-1"));
        Assert.That(toy.GetProperty("points").GetDouble(), Is.EqualTo(20));
        Assert.That(toy.GetProperty("own_numbers").GetBoolean(), Is.True);
        Assert.That(toy.GetProperty("inputs").GetProperty("X").GetArrayLength(), Is.EqualTo(4));
        Assert.That(toy.GetProperty("markdown").GetString(), Does.StartWith("## toy-network (20 points)").And.Contain("W1 = np.array("));
    }

    [Test]
    public async Task Json_HostileName_IsEscapedAndReadsBack()
    {
        // Given
        const string name = "<script>alert(1)</script> \u202e";
        using var course = CourseFixture.Create(CourseFixture.Student("1", name));

        // When
        var run = await course.Handout("--student", "1", "--format", "json", "--problem", "bce");

        // Then
        Assert.That(run.Output, Does.Not.Contain("<script"));
        Assert.That(run.Output.Contains('\u202e', StringComparison.Ordinal), Is.False, "the override is written as an escape");
        using var json = JsonDocument.Parse(run.Output);
        Assert.That(json.RootElement.GetProperty("student").GetProperty("name").GetString(), Is.EqualTo(name));
        Assert.That(json.RootElement.GetProperty("student").GetProperty("login").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }
}
