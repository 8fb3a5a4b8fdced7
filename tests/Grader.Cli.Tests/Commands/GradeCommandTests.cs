using System.Text.Json;

namespace Grader.Cli.Tests.Commands;

public sealed class GradeCommandTests
{
    private static string Example(string name) => Path.Combine(CliRun.Repository, "submissions", "examples", name);

    [Test]
    public async Task Grade_WrongSubmission_ExitsZeroBecauseGradingRan()
    {
        var run = await CliRun.InRepository("grade", Example("softmax-minus-one"), "--problem", "softmax-ce", "--format", "json");

        Assert.That(run.ExitCode, Is.Zero, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var problem = json.RootElement.GetProperty("problems").EnumerateArray().Single();
        Assert.That(problem.GetProperty("id").GetString(), Is.EqualTo("softmax-ce"));
        Assert.That(problem.GetProperty("status").GetString(), Is.EqualTo("partial"));
        Assert.That(problem.GetProperty("diagnoses").EnumerateArray().Select(d => d.GetString()), Does.Contain("softmax-minus-one"));
        var firstCase = problem.GetProperty("cases")[0];
        Assert.That(firstCase.GetProperty("name").GetString(), Is.EqualTo("public"));
        Assert.That(firstCase.GetProperty("hidden").GetBoolean(), Is.False);
        var output = firstCase.GetProperty("outputs").EnumerateArray().First(o => o.GetProperty("name").GetString() == "dZ");
        Assert.That(output.GetProperty("passed").GetBoolean(), Is.False);
        Assert.That(output.GetProperty("max_abs_error").GetDouble(), Is.GreaterThan(0));
        Assert.That(json.RootElement.GetProperty("max_score").GetDouble(), Is.EqualTo(15));
    }

    [Test]
    public async Task Grade_OneProblemOfAnAnswersFile_LeavesTheOtherAnswersAlone()
    {
        var run = await CliRun.InRepository("grade", Path.Combine(Example("answers"), "answers.yaml"), "--problem", "lr-range", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.That(json.RootElement.GetProperty("score").GetDouble(), Is.EqualTo(15));
        Assert.That(json.RootElement.GetProperty("file_errors").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Grade_PublicOnly_RunsThePublicCaseAlone()
    {
        var run = await CliRun.InRepository("grade", Example("python-correct"), "--problem", "bce", "--public-only", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.That(json.RootElement.GetProperty("public_only").GetBoolean(), Is.True);
        var cases = json.RootElement.GetProperty("problems")[0].GetProperty("cases");
        Assert.That(cases.EnumerateArray().Select(c => c.GetProperty("name").GetString()), Is.EqualTo(new[] { "public" }));
        Assert.That(json.RootElement.GetProperty("score").GetDouble(), Is.EqualTo(5));
    }

    [Test]
    public async Task Grade_MissingSubmission_IsABadInput()
    {
        var run = await CliRun.InRepository("grade", "submissions/nobody");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("no submission at"));
    }

    [Test]
    public async Task Grade_BadTimeout_SaysHowToWriteIt()
    {
        var run = await CliRun.InRepository("grade", Example("answers"), "--timeout", "ten");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Error, Does.Contain("--timeout ten: write a duration such as 10s"));
    }
}
