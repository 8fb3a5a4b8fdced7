using System.Text.Json;
using Grader.Reports;
using Grader.Testing;

namespace Grader.Core.Tests.Reports;

public sealed class GradescopeReportTests
{
    [Test]
    public void Write_SampleSubmission_MatchesSnapshot()
    {
        var text = new GradescopeReport().Render(ReportFixtures.Sample());

        Snapshot.Verify(Snapshot.Scrub(text), extension: "json");
    }

    [Test]
    public void Write_FormulaAnswers_MatchesSnapshot()
    {
        // Given a problem answered by formulas, one read and one not
        var report = ReportFixtures.FormulaAnswers();

        // When results.json is written
        var text = new GradescopeReport().Render(report);

        // Then the public case's output starts with the formulas; the file is valid results.json
        Snapshot.Verify(Snapshot.Scrub(text), extension: "json");
        Assert.That(GradescopeSchema.Validate(text), Is.Empty);
    }

    [Test]
    public void Write_FormulaAnswers_ShownOnceInTheVisibleTest()
    {
        // Given a problem answered by formulas with a public and two hidden cases
        var report = ReportFixtures.FormulaAnswers();

        // When results.json is written
        using var document = JsonDocument.Parse(new GradescopeReport().Render(report));

        // Then only the visible public test shows them, the error's caret line included
        var outputs = document.RootElement.GetProperty("tests").EnumerateArray()
            .Select(t => (Visibility: t.GetProperty("visibility").GetString(), Output: t.GetProperty("output").GetString()!)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(outputs.Where(o => o.Output.Contains("Your formulas", StringComparison.Ordinal)).Select(o => o.Visibility), Is.EqualTo(new[] { "visible" }));
            Assert.That(outputs[0].Output, Does.Contain("- dZ: $\\frac{1}{N} (\\psi(Z) - onehot(y)$\n  could not be read:\n    answers.yaml:3:20: error:"));
            Assert.That(outputs[0].Output, Does.Contain("  read as -(1 / N * sum(pick(log_softmax(Z, axis=1), y)))"));
        });
    }

    [TestCase("after_published")]
    [TestCase("hidden")]
    public void Write_SampleSubmission_IsValidResultsJson(string hiddenVisibility)
    {
        var text = new GradescopeReport(hiddenVisibility).Render(ReportFixtures.Sample());

        Assert.That(GradescopeSchema.Validate(text), Is.Empty);
    }

    [Test]
    public void Write_SampleSubmission_TestsPerProblemAndCaseWithVisibility()
    {
        using var document = JsonDocument.Parse(new GradescopeReport().Render(ReportFixtures.Sample()));

        var tests = document.RootElement.GetProperty("tests").EnumerateArray().ToList();
        var first = tests[0];
        var second = tests[1];
        Assert.Multiple(() =>
        {
            Assert.That(document.RootElement.GetProperty("score").GetDouble(), Is.EqualTo(35));
            Assert.That(document.RootElement.GetProperty("stdout_visibility").GetString(), Is.EqualTo("hidden"));
            Assert.That(first.GetProperty("name").GetString(), Is.EqualTo("toy-network: public case"));
            Assert.That(first.GetProperty("number").GetString(), Is.EqualTo("1.1"));
            Assert.That(first.GetProperty("visibility").GetString(), Is.EqualTo("visible"));
            Assert.That(first.GetProperty("status").GetString(), Is.EqualTo("failed"));
            Assert.That(first.GetProperty("score").GetDouble(), Is.EqualTo(3.75));
            Assert.That(first.GetProperty("max_score").GetDouble(), Is.EqualTo(5));
            Assert.That(second.GetProperty("name").GetString(), Is.EqualTo("toy-network: hidden case 1"));
            Assert.That(second.GetProperty("visibility").GetString(), Is.EqualTo("after_published"));
            Assert.That(tests.Sum(t => t.GetProperty("max_score").GetDouble()), Is.EqualTo(70));
        });
    }

    [Test]
    public void Write_SampleSubmission_HiddenCaseDetailsOnlyInHiddenTests()
    {
        using var document = JsonDocument.Parse(new GradescopeReport().Render(ReportFixtures.Sample()));

        var tests = document.RootElement.GetProperty("tests").EnumerateArray().ToList();
        var studentVisible = tests.Where(t => t.GetProperty("visibility").GetString() != "hidden").ToList();
        var instructorOnly = tests.Where(t => t.GetProperty("visibility").GetString() == "hidden").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(studentVisible.Select(t => t.GetProperty("output").GetString()), Has.None.Contains("SECRET"));
            Assert.That(document.RootElement.GetProperty("output").GetString(), Does.Not.Contain("SECRET"));
            Assert.That(instructorOnly.Select(t => t.GetProperty("name").GetString()), Is.EqualTo(new[]
            {
                "toy-network: hidden-case details (instructor only)",
                "elastic-net: hidden-case details (instructor only)",
            }));
            Assert.That(instructorOnly.Select(t => t.GetProperty("max_score").GetDouble()), Has.All.Zero);
            Assert.That(instructorOnly[0].GetProperty("output").GetString(), Does.Contain("SECRET hidden print"));
        });
    }

    [Test]
    public void Constructor_UnknownVisibility_Throws()
    {
        Assert.That(() => new GradescopeReport("secret"), Throws.ArgumentException.With.Message.Contains("unknown Gradescope visibility 'secret'"));
    }

    [Test]
    public void Validate_BrokenResults_ReportsEachProblem()
    {
        const string broken = """
            {"score": "10", "stdout_visibility": "sometimes", "colour": 1,
             "tests": [{"score": 1, "status": "ok", "number": 1.1, "visibility": "visible"}, 5]}
            """;

        var errors = GradescopeSchema.Validate(broken);

        Assert.That(errors, Is.EquivalentTo(new[]
        {
            "$: unknown key 'colour'",
            "$.score: expected Number, got String",
            "$.stdout_visibility: must be one of hidden, after_due_date, after_published, visible",
            "$.tests[0].number: expected String, got Number",
            "$.tests[0].status: must be one of passed, failed",
            "$.tests[1]: must be an object",
        }));
    }
}
