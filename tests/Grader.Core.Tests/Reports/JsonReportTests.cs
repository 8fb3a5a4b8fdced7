using System.Text.Json;
using Grader.Reports;
using Grader.Testing;

namespace Grader.Core.Tests.Reports;

public sealed class JsonReportTests
{
    [Test]
    public void Write_SampleSubmission_MatchesSnapshot()
    {
        var text = new JsonReport().Render(ReportFixtures.Sample());

        Snapshot.Verify(Snapshot.Scrub(text), extension: "json");
    }

    [Test]
    public void Write_FormulaAnswers_MatchesSnapshot()
    {
        // Given a problem answered by formulas, one read and one not
        var report = ReportFixtures.FormulaAnswers();

        // When report.json is written
        var text = new JsonReport().Render(report);

        // Then the problem has its formulas array: output, written, read_as, error
        Snapshot.Verify(Snapshot.Scrub(text), extension: "json");
    }

    [Test]
    public void Write_SampleSubmission_HasTheDocumentedFields()
    {
        using var document = JsonDocument.Parse(new JsonReport().Render(ReportFixtures.Sample()));

        var root = document.RootElement;
        var toy = root.GetProperty("problems")[0];
        var hiddenCase = toy.GetProperty("cases")[1];
        var w1 = hiddenCase.GetProperty("outputs")[0];
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("submission").GetString(), Is.EqualTo("alice"));
            Assert.That(root.GetProperty("score").GetDouble(), Is.EqualTo(ReportFixtures.Sample().Score));
            Assert.That(root.GetProperty("max_score").GetDouble(), Is.EqualTo(70));
            Assert.That(toy.GetProperty("id").GetString(), Is.EqualTo("toy-network"));
            Assert.That(toy.GetProperty("status").GetString(), Is.EqualTo("partial"));
            Assert.That(toy.GetProperty("score").GetDouble(), Is.EqualTo(15));
            Assert.That(toy.GetProperty("max_score").GetDouble(), Is.EqualTo(20));
            Assert.That(toy.GetProperty("diagnoses").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "transposed" }));
            Assert.That(hiddenCase.GetProperty("name").GetString(), Is.EqualTo("hidden-1"));
            Assert.That(hiddenCase.GetProperty("hidden").GetBoolean(), Is.True);
            Assert.That(hiddenCase.GetProperty("passed").GetBoolean(), Is.False);
            Assert.That(hiddenCase.GetProperty("stdout").GetString(), Is.EqualTo("SECRET hidden print\n"), "the instructor sees everything");
            Assert.That(w1.GetProperty("name").GetString(), Is.EqualTo("W1"));
            Assert.That(w1.GetProperty("passed").GetBoolean(), Is.False);
            Assert.That(w1.GetProperty("max_abs_error").ValueKind, Is.EqualTo(JsonValueKind.Null), "a transposed matrix has no elementwise error");
            Assert.That(w1.GetProperty("max_rel_error").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(w1.GetProperty("diagnosis").GetString(), Is.EqualTo("transposed"));
            Assert.That(hiddenCase.GetProperty("inputs").GetProperty("X").GetArrayLength(), Is.EqualTo(7), "hidden inputs are for the instructor");
            Assert.That(
                root.GetProperty("problems")[1].GetProperty("cases")[2].GetProperty("outputs")[1].GetProperty("max_abs_error").ValueKind,
                Is.EqualTo(JsonValueKind.Null),
                "no error is made up for nan");
        });
    }

    [Test]
    [SetCulture("de-DE")]
    public void Write_UnderAGermanCulture_UsesInvariantNumbers()
    {
        var text = new JsonReport().Render(ReportFixtures.Sample());

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("\"max_score\": 7.5"));
            Assert.That(text, Does.Contain("\"execution_time\": 3.456"));
            Assert.That(text, Does.Not.Contain("3,456"));
            Assert.That(new MarkdownReport().Render(ReportFixtures.Sample()), Does.Contain("`[0.0268, 0, 0.134]`"));
            Assert.That(new CsvGradebook().Render(ReportFixtures.Sample()), Does.Contain("alice,15,10,0,5,5,0,35"));
        });
    }
}
