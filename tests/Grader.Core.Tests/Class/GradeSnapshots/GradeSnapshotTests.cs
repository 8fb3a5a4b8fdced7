using Grader.Checking;
using Grader.Class.GradeSnapshots;
using Grader.Reports;
using Grader.Testing;

namespace Grader.Core.Tests.Class.GradeSnapshots;

internal sealed class GradeSnapshotTests
{
    /// <summary>A report of three problems: one partial with a diagnosis, one passed, one not attempted.</summary>
    internal static ScoreReport Report(string name = "alice", double toyScore = 7.5) => new(
        name,
        [
            Score("toy-network", ProblemStatus.Partial, toyScore, 20, "relu-mask-missing"),
            Score("softmax-ce", ProblemStatus.Passed, 15, 15),
            Score("bce", ProblemStatus.Missing, 0, 5),
        ],
        [],
        TimeSpan.FromSeconds(1.5)) { GradedAt = DateTimeOffset.UnixEpoch };

    [Test]
    public Task ToJson_Report_OneLinePerAttemptedProblemInIdOrder() =>
        // Given a report, when its snapshot is written, then it is the grades alone, sorted, without times
        Snapshot.Verify(GradeSnapshot.From(Report()).ToJson(), "json");

    [Test]
    public void ToJson_NothingAttempted_IsStillJson()
    {
        // Given a report whose problems were all missing
        var report = new ScoreReport("bob", [Score("bce", ProblemStatus.Missing, 0, 5)], [], TimeSpan.Zero);

        // When its snapshot is written
        var json = GradeSnapshot.From(report).ToJson();

        // Then it parses, with no problems and no points
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        Assert.That(parsed.RootElement.GetProperty("problems").EnumerateObject(), Is.Empty);
        Assert.That(parsed.RootElement.GetProperty("max_score").GetDouble(), Is.Zero);
    }

    [Test]
    [SetCulture("de-DE")]
    public void ToJson_HostileNameUnderAnotherCulture_IsInertJsonWithInvariantNumbers()
    {
        // Given a submission named with a terminal escape, a bidi override and a quote
        var name = "eve\u001b[2J\u202e\"";

        // When its grades are written under a culture with decimal commas
        var json = GradeSnapshot.From(Report(name)).ToJson();

        // Then the name holds no control character and parses back exactly, and 7.5 is written 7.5
        Assert.That(json.Where(c => InertText.IsActive(c) && c != '\n'), Is.Empty);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        Assert.That(parsed.RootElement.GetProperty("submission").GetString(), Is.EqualTo(name));
        Assert.That(json, Does.Contain("\"score\": 7.5,"));
    }

    private static ProblemScore Score(string id, ProblemStatus status, double score, double max, params string[] diagnoses) =>
        new(id, id, status, score, max, null, false, null, [], [.. diagnoses.Select(d => new Diagnosis(d, "W1", "message"))]);
}
