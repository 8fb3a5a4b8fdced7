using Grader.Checking;
using Grader.Class.Reports;
using Grader.Core.Tests.Running;

namespace Grader.Core.Tests.Class.Reports;

public sealed class CompletionRecordTests
{
    private static CompletionRecord Sample() => new(
        "alice",
        "files",
        "specs",
        "1.0.0",
        new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        27.5,
        35,
        1,
        [
            new ProblemOutcome("toy-network", 12.5, 20, ProblemStatus.Partial, [new DiagnosisSeen("scaled", "W1 is N = 4 times too small.")]),
            new ProblemOutcome("softmax-ce", 15, 15, ProblemStatus.Passed, []) { Derived = ["dZ", "loss"], Broken = ["dZ"] },
        ])
    {
        Owner = new OwnerSeen("s042", "Alice Martin", "roster", "s041"),
        Copies = [new CopySeen("toy-network", "s041", "Bob (s041)")],
        WrongAnswerPrints = new Dictionary<string, string> { ["toy-network"] = "0123456789abcdef" },
    };

    private static readonly Dictionary<string, string> NoPrints = [];

    [Test]
    [SetCulture("de-DE")]
    public void ToJson_ReadBack_SameRecord()
    {
        // Given a record written to a file (under a culture with decimal commas)
        var path = Path.Combine(Path.GetTempPath(), $"record-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Sample().ToJson());

        // When it is read back
        var read = CompletionRecord.TryRead(path);
        File.Delete(path);

        // Then nothing is lost
        Assert.That(read, Is.Not.Null);
        Assert.That(read! with { Problems = [], Copies = [], WrongAnswerPrints = NoPrints }, Is.EqualTo(Sample() with { Problems = [], Copies = [], WrongAnswerPrints = NoPrints }));
        Assert.That((read.Copies, read.WrongAnswerPrints), Is.EqualTo((Sample().Copies, Sample().WrongAnswerPrints)));
        Assert.That(read.Problems.Select(p => (p.Id, p.Score, p.Status)), Is.EqualTo(Sample().Problems.Select(p => (p.Id, p.Score, p.Status))));
        Assert.That(read.Problems[0].Diagnoses, Is.EqualTo(Sample().Problems[0].Diagnoses));
        Assert.That((read.Problems[1].Derived, read.Problems[1].Broken), Is.EqualTo((Sample().Problems[1].Derived, Sample().Problems[1].Broken)));
        Assert.That(read.Problems[0].Derived, Is.Empty);
    }

    [Test]
    [SetCulture("de-DE")]
    public void ToJson_TrainingRuns_ReadBackAndOldRecordsReadWithout()
    {
        // Given a record with a training problem's runs, one without predictions
        var record = Sample() with { Problems = [new ProblemOutcome("cancer-logistic-l2", 5, 10, ProblemStatus.Partial, []) { Runs = [new("weak", 0.958, true), new("strong", null, false)] }] };
        var path = Path.Combine(Path.GetTempPath(), $"record-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, record.ToJson());

        // When it is read back, and when a record written before runs were kept (no "runs") is read
        var read = CompletionRecord.TryRead(path);
        File.WriteAllText(path, record.ToJson().Replace("\"runs\"", "\"ignored\"", StringComparison.Ordinal));
        var old = CompletionRecord.TryRead(path);
        File.Delete(path);

        // Then the runs come back as written; the old record reads, with none
        Assert.That(read!.Problems[0].Runs, Is.EqualTo(record.Problems[0].Runs));
        Assert.That(old, Is.Not.Null);
        Assert.That(old!.Problems[0].Runs, Is.Empty);
    }

    [TestCase("")]
    [TestCase("{\"format\": 1, \"submission\": \"alice\"")]
    [TestCase("{\"format\": 99}")]
    public void TryRead_TruncatedOrOtherFormat_Null(string text)
    {
        // Given a record cut short by a crash, or of another format
        var path = Path.Combine(Path.GetTempPath(), $"record-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);

        // When / Then: it does not count as done
        Assert.That(CompletionRecord.TryRead(path), Is.Null);
        File.Delete(path);
    }

    [Test]
    public void Matches_AnyHashOrVersionDiffers_False()
    {
        var record = Sample();

        Assert.That(record.Matches("files", "specs", "1.0.0"), Is.True);
        Assert.That(record.Matches("other", "specs", "1.0.0"), Is.False);
        Assert.That(record.Matches("files", "other", "1.0.0"), Is.False);
        Assert.That(record.Matches("files", "specs", "2.0.0"), Is.False);
    }
}
